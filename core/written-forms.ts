/**
 * The written forms of a catalogue entry (its current Chinese name, English names, aliases):
 * what a page mention can match, and the record behind each form. The recognizer's builders,
 * the grant-number pass, the partner catalogue and the catalogue's name check read them here.
 *
 * A module of its own, apart from the catalogue's validation (core/catalogue.ts): the content
 * script reaches these through the grant-number pass, and the validation's valibot schemas stay
 * out of its import graph (docs/architecture.md, «Messages»).
 *
 * Pure: no DOM, no browser API.
 */
import type { Alias, EnglishName, Entry, RecognizerEntry } from './schema';
import type { NameRef } from './types';

/**
 * The written forms of an entry (current name, English names, aliases) that a page mention
 * can match, as NameRefs. Aliases marked `searchOnly` are too generic to highlight and are
 * left out unless `includeSearchOnly` is set (the quick search wants them).
 */
export function nameRefsOf(entry: RecognizerEntry, options: { includeSearchOnly?: boolean } = {}): NameRef[] {
  return namedForms(entry)
    .filter((form) => options.includeSearchOnly || !form.searchOnly)
    .map((form) => form.ref);
}

/**
 * The entry's record of the written form a NameRef names: the English name or the alias (its
 * years, note, source), undefined for the current Chinese name. A mention carries the keys only
 * (core/types.ts NameRef); the card looks the record up here. One form per role and text: the
 * name check fails the catalogue on two forms of an entry that fold the same.
 */
export function writtenFormOf(entry: Pick<Entry, 'name' | 'aliases'>, ref: NameRef): EnglishName | Alias | undefined {
  if (ref.role === 'name') return undefined;
  if (ref.role === 'english') return entry.name.en.find((name) => name.text === ref.text);
  return entry.aliases.find((alias) => alias.kind === ref.role && alias.text === ref.text);
}

/** One written form of an entry, with where it sits in the entry (for the catalogue's name check). */
export interface NamedForm {
  entryId: string;
  /** Field path inside the entry, e.g. `aliases[2].text`. */
  path: string;
  ref: NameRef;
  ambiguous: boolean;
  searchOnly: boolean;
}

/** The current Chinese name first, then the English names, then the aliases, in file order. */
export function namedForms(entry: RecognizerEntry): NamedForm[] {
  const forms: NamedForm[] = [
    {
      entryId: entry.id,
      path: 'name.zh',
      ref: { entryId: entry.id, text: entry.name.zh, lang: 'zh', role: 'name' },
      ambiguous: false,
      searchOnly: false,
    },
  ];
  entry.name.en.forEach((englishName, i) =>
    forms.push({
      entryId: entry.id,
      path: `name.en[${i}].text`,
      ref: { entryId: entry.id, text: englishName.text, lang: 'en', role: 'english' },
      ambiguous: false,
      searchOnly: false,
    }),
  );
  entry.aliases.forEach((alias, i) =>
    forms.push({
      entryId: entry.id,
      path: `aliases[${i}].text`,
      ref: { entryId: entry.id, text: alias.text, lang: alias.lang, role: alias.kind },
      ambiguous: alias.ambiguous === true,
      searchOnly: alias.searchOnly === true,
    }),
  );
  return forms;
}
