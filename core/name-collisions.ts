/**
 * The rule both catalogues apply to written forms that fold to the same key (the matcher
 * could not tell them apart): within one record it is a repeat; across records it is allowed
 * only when every such form is marked `ambiguous`; and an `ambiguous` mark nobody else shares
 * is a mistake. Used by core/catalogue.ts (programme names) and core/partners.ts (partner names).
 *
 * Pure: no DOM, no browser API.
 */

/** One written form, already grouped with the others of the same folded key. */
export interface FoldedForm {
  /** The record the form belongs to (entry or partner id). */
  owner: string;
  /** Field path inside the record, e.g. `aliases[2].text`. */
  path: string;
  text: string;
  ambiguous: boolean;
}

/** Words for the messages: "alias"/"entry" for programmes, "name"/"partner" for partners. */
export interface CollisionWords {
  form: string;
  record: string;
}

/** Problems of each group of forms sharing a folded key, in group and form order. */
export function collisionProblems(groups: Iterable<readonly FoldedForm[]>, words: CollisionWords): string[] {
  const problems: string[] = [];
  for (const forms of groups) {
    const [first, ...rest] = forms;
    if (!first) continue;
    const allAmbiguous = forms.every((form) => form.ambiguous);
    for (const form of rest) {
      const where = `${form.owner}.${form.path}`;
      const other = `${first.owner}.${first.path}`;
      if (form.owner === first.owner) {
        problems.push(`${where}: "${form.text}" repeats ${other} after folding`);
      } else if (!allAmbiguous) {
        problems.push(
          `${where}: "${form.text}" folds the same as ${other} ("${first.text}"); ` +
            `mark every such ${words.form} "ambiguous" or drop one`,
        );
      }
    }
    if (new Set(forms.map((form) => form.owner)).size === 1) {
      for (const form of forms.filter((f) => f.ambiguous)) {
        problems.push(`${form.owner}.${form.path}: marked ambiguous, but no other ${words.record} uses "${form.text}"`);
      }
    }
  }
  return problems;
}
