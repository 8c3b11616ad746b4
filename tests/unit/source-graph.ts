/**
 * The source tree's import graph and the layer rules it must keep (the brief's "one way":
 * core ← page, services ← views ← entrypoints). Read with the TypeScript parser, so multi-line
 * imports, `import type`, `export … from` and dynamic `import()` are all seen for what they are.
 *
 * Type-only means `import type` / `export type … from` only: with `verbatimModuleSyntax` (WXT's
 * tsconfig), `import { type X } from 'm'` still loads `m` at run time.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Directories holding the extension's source, and the tools built on it. */
export const SOURCE_DIRS = ['core', 'page', 'services', 'components', 'ui', 'entrypoints', 'scripts', 'bench'];

export type Layer = 'core' | 'data' | 'page' | 'services' | 'views' | 'entrypoints' | 'tools' | 'other';

export interface Edge {
  /** Importing file, relative to the repository root (`components/OnThisPage.tsx`). */
  from: string;
  /** Imported file relative to the root (`core/messages`, as written: no extension added), or a package specifier. */
  to: string;
  /** `to` is a package (`valibot`, `wxt/browser`, `#imports`), not a file of the repository. */
  external: boolean;
  /** `import type` / `export type … from`: erased from the build, nothing runs. */
  typeOnly: boolean;
}

/** A use of a browser API without an import: WXT's auto-imported globals (`browser`, `storage`…). */
export interface GlobalUse {
  file: string;
  name: string;
}

export function layerOf(path: string): Layer {
  const top = path.split('/')[0];
  switch (top) {
    case 'core':
    case 'data':
    case 'page':
    case 'services':
    case 'entrypoints':
      return top;
    case 'components':
    case 'ui':
      return 'views';
    case 'scripts':
    case 'bench':
    case 'wxt.config.ts':
      return 'tools';
    default:
      return 'other';
  }
}

/** A specifier as written in an import: anything not relative names a package. */
function isPackage(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/');
}

/** WXT's browser API and content-script utilities: `#imports`, `wxt/browser`, `wxt/utils/*`. */
export function isBrowserApi(specifier: string): boolean {
  return specifier === '#imports' || specifier === 'wxt/browser' || specifier.startsWith('wxt/browser/') || specifier.startsWith('wxt/utils/');
}

/** Pure libraries core/ may use (no DOM, no browser). */
export const CORE_PACKAGES = ['valibot', 'fuse.js'];

/**
 * Every rule the graph breaks, one sentence each; empty when it keeps them all.
 * - core/ imports only core/ (generated data included), data/ and pure libraries;
 * - page/ imports no view, service or entrypoint;
 * - services/ import no view or entrypoint;
 * - views (components/, ui/) import services only as types (`import type`), never entrypoints;
 * - browser APIs (`wxt/browser`, `#imports`, `wxt/utils/*`) are imported only in services/ and entrypoints/;
 * - nothing imports entrypoints/ (an entrypoint's own folder, e.g. its stylesheet, excepted).
 */
export function checkImportGraph(edges: Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to, external, typeOnly } of edges) {
    const source = layerOf(from);
    const edge = `${from} imports ${typeOnly ? 'the types of ' : ''}${to}`;
    if (external) {
      if (isBrowserApi(to) && source !== 'services' && source !== 'entrypoints') {
        problems.push(`${edge}: browser APIs belong in services/ (or entrypoints/ wiring)`);
      } else if (source === 'core' && !CORE_PACKAGES.includes(to)) {
        problems.push(`${edge}: core/ is pure (allowed packages: ${CORE_PACKAGES.join(', ')})`);
      }
      continue;
    }
    const target = layerOf(to);
    if (target === 'entrypoints' && entrypointOf(to) !== entrypointOf(from)) {
      problems.push(`${edge}: nothing imports entrypoints/ (they are the top: wiring only)`);
    } else if (source === 'core' && target !== 'core' && target !== 'data') {
      problems.push(`${edge}: core/ imports only core/ and data/`);
    } else if (source === 'page' && (target === 'views' || target === 'services')) {
      problems.push(`${edge}: page/ (the DOM engine) knows nothing of ${target}`);
    } else if (source === 'services' && target === 'views') {
      problems.push(`${edge}: services/ are below the views`);
    } else if (source === 'views' && target === 'services' && !typeOnly) {
      problems.push(`${edge}: views get services from their entrypoint; import their interfaces with \`import type\``);
    }
  }
  return problems;
}

/** `entrypoints/popup/main.tsx` → `popup`: the entrypoint a file belongs to (null outside entrypoints/). */
function entrypointOf(path: string): string | null {
  const [top, name] = path.split('/');
  return top === 'entrypoints' && name ? name.replace(/\.(content\.)?tsx?$/, '') : null;
}

/** Source files (.ts, .tsx) under the given directories, relative to the root. */
export function sourceFiles(dirs: string[] = SOURCE_DIRS): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (name === 'node_modules' || name === 'out') continue;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return files.sort();
}

export function parse(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The imports of one file: static, re-exports and dynamic `import()`. */
export function importsOf(file: string, source: ts.SourceFile = parse(file)): Edge[] {
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const clean = specifier.replace(/\?.*$/, ''); // Vite queries: `x.css?inline`
    const external = isPackage(clean);
    const to = external ? clean : relative(ROOT, resolve(ROOT, dirname(file), clean)).split('\\').join('/');
    edges.push({ from: file, to, external, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

export function readImportGraph(files: string[] = sourceFiles()): Edge[] {
  return files.flatMap((file) => importsOf(file));
}

/**
 * Names WXT offers as auto-imports (browser, storage, createShadowRootUi, …). wxt.config.ts
 * turns auto-imports off, so none is declared globally; this list guards against turning them
 * back on silently: a use without an import would slip past the graph. Read from WXT's
 * generated `#imports` module (written by `wxt prepare`, which postinstall and typecheck run).
 */
export function wxtGlobals(): string[] {
  const declarations = readFileSync(join(ROOT, '.wxt/types/imports-module.d.ts'), 'utf8');
  return [...declarations.matchAll(/export \{([^}]*)\} from 'wxt\/[^']*'/g)]
    .flatMap((match) => match[1].split(',').map((name) => name.trim()))
    .filter((name) => /^[a-z]\w*$/.test(name)); // values, not types (Browser, WxtStorage, …)
}

/** Identifiers in positions where they name something declared elsewhere, not a use. */
function isDeclarationOrMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node; // x.browser
  if (ts.isQualifiedName(parent)) return parent.right === node; // Types.browser
  if (ts.isBindingElement(parent)) return parent.propertyName === node; // { browser: b } = x
  const named =
    ts.isPropertyAssignment(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isEnumMember(parent) ||
    ts.isJsxAttribute(parent);
  return named && parent.name === node; // { browser: 1 }, interface { browser: X }, <X browser />
}

/** Names the file declares itself (imports, variables, parameters, functions, classes). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isVariableDeclaration(node) ||
        ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Uses of WXT's auto-imported globals in files that did not import or declare them. */
export function globalUses(file: string, globals: string[], source: ts.SourceFile = parse(file)): GlobalUse[] {
  const declared = declaredNames(source);
  const wanted = new Set(globals.filter((name) => !declared.has(name)));
  const uses: GlobalUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && wanted.has(node.text) && !isDeclarationOrMemberName(node)) {
      uses.push({ file, name: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** Where a file reads the browser's language (`navigator.language(s)`, `i18n.getUILanguage`). */
export function browserLanguageReads(file: string, source: ts.SourceFile = parse(file)): string[] {
  const reads: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      const target = node.expression;
      if ((name === 'language' || name === 'languages') && ts.isIdentifier(target) && target.text === 'navigator') {
        reads.push(`navigator.${name}`);
      } else if (name === 'getUILanguage') {
        reads.push('i18n.getUILanguage');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return reads;
}
