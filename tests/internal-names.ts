/**
 * The team's internal working names, which must never reach a user (issue 14: "no internal file
 * names anywhere in the product"): the seed appendix and its file, the working notes DOMAIN.md,
 * DESIGN.md, PARTNERS.md and GRANT-NUMBERS.md, and the old "Figures gathered … for Grant Lens"
 * pseudo-source. Read by the data test (tests/unit) and by the search of the built extension
 * (tests/e2e), so both look for the same names.
 *
 * Lower-case "domain" and "design" are ordinary words in the UI ("it needs a domain such as
 * example.edu"); the note files are written in capitals, so those two are matched as capitals.
 */
import ts from 'typescript';

export const INTERNAL_NAMES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'seed (the seed appendix, its file or keys)', pattern: /\bseeds?\b/i },
  { name: '种子 (种子文件)', pattern: /种子/ },
  { name: 'DOMAIN(.md)', pattern: /\bDOMAIN\b/ },
  { name: 'DESIGN(.md)', pattern: /\bDESIGN\b/ },
  { name: 'PARTNERS.md', pattern: /\bPARTNERS\.md\b/i },
  { name: 'GRANT-NUMBERS(.md)', pattern: /\bGRANT-NUMBERS\b/i },
  { name: 'the working-notes folder', pattern: /\/work\/shared\b|\bshared\/seeds\b/ },
  { name: '"Figures gathered … for Grant Lens"', pattern: /\bFigures gathered\b/i },
];

/** Each internal name in the text, with the text around it: [] when there is none. */
export function internalNamesIn(text: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of INTERNAL_NAMES) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      const around = text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30).replace(/\s+/g, ' ');
      found.push(`${name}: …${around}…`);
    }
  }
  return found;
}

/** Every string value in parsed JSON, object keys included. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [key, ...jsonStrings(item)]);
  }
  return [];
}

/**
 * The strings a script can put in front of a user: its string literals and the text of its
 * template literals, read with the TypeScript parser (so a regular expression or an identifier
 * such as a library's `seed` variable is not taken for text).
 */
export function scriptStrings(code: string, fileName = 'script.js'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const strings: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      strings.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return strings;
}
