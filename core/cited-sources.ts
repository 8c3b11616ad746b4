/**
 * The sources a reader sees under an entry or a partner: each document by its own title (in
 * its own language), publisher, date and address, and what kind of copy it is. One rule for
 * every view that lists sources (the entry detail, the partner detail, the card):
 *
 * - an entry cites its own `sources` (the older, inline form) and registry records
 *   (`sourceKeys`, data/sources.json); both are listed, the inline ones first, each key once;
 *   a partner cites registry keys only;
 * - **a mirror is never linked.** The registry marks as `mirror` copies on unrelated domains:
 *   spam and SEO sites, hijacked sites, gambling pages (their addresses say as much). A reader
 *   gets the copy's title, date and what it is a copy of, to look for the original; the
 *   address stays in the registry for the maintainers. A `document-copy` (a document-sharing
 *   service such as Wenku or Scribd) is linked and marked as a copy; a `repost` is linked and
 *   says whose copy it is (`publisher`);
 * - a registry record without a date is undated (`date: null`); an inline source has only a
 *   year, or nothing.
 *
 * Pure: no DOM, no browser API.
 */
import type { Entry, Source } from './schema';
import { sourcesOfEntry, type SourceKind, type SourceRecord, type SourceRegistry } from './sources';

/** A name in one or both languages (a publisher; the registry may know only one). */
export interface PartialBilingual {
  zh?: string;
  en?: string;
}

export interface CitedSource {
  key: string;
  /** The document's own title, as published. */
  title: string;
  /** Language of the title ("zh", "zh-Hant", "en" …); undefined for inline sources (guess from the text). */
  titleLang?: string;
  /** No copy showed a title: `title` describes the document. */
  titleInferred: boolean;
  /** What the document is; undefined for an inline source (the older form does not say). */
  kind?: SourceKind;
  publisher?: PartialBilingual;
  /** "2018", "2018-01" or "2018-01-19"; undefined when undated. */
  date?: string;
  /** The address the reader may open; undefined for a mirror and for a source without one. */
  href?: string;
  /** The source has an address that is deliberately not linked (a mirror). */
  withheld: boolean;
  /** For a mirror or a document copy: what it copies. */
  copyOf?: { zh: string; en: string };
  note?: { zh: string; en: string };
  /** Section of the document (inline sources). */
  section?: string;
}

/** Whether a record's address is offered to the reader (the rule at the top of this file). */
export function isLinkable(kind: SourceKind | undefined): boolean {
  return kind !== 'mirror';
}

/** A registry record as the reader sees it. */
export function citedRecord(record: SourceRecord): CitedSource {
  const linkable = isLinkable(record.kind);
  return {
    key: record.key,
    title: record.title,
    titleLang: record.lang,
    titleInferred: record.titleInferred === true,
    kind: record.kind,
    publisher: record.publisher,
    date: record.date ?? undefined,
    href: linkable ? record.url : undefined,
    withheld: !linkable && record.url !== undefined,
    copyOf: record.copyOf,
    note: record.note,
  };
}

/** An entry's own (inline) source as the reader sees it. */
export function citedInline(source: Source): CitedSource {
  return {
    key: source.key,
    title: source.title,
    titleInferred: false,
    date: source.year === undefined ? undefined : String(source.year),
    href: source.url,
    withheld: false,
    section: source.section,
  };
}

/** Registry records by key, in the given order; each key once, unknown keys skipped. */
export function citedKeys(keys: readonly string[], registry: SourceRegistry): CitedSource[] {
  const seen = new Set<string>();
  return keys.flatMap((key) => {
    const record = registry.byKey(key);
    if (!record || seen.has(key)) return [];
    seen.add(key);
    return [citedRecord(record)];
  });
}

/**
 * Every source an entry cites, in the order core/sources.ts `sourcesOfEntry` gives (its inline
 * `sources` first, then its registry records), each key once (in its first place), registry
 * records with everything the registry says about them.
 */
export function citedSourcesOfEntry(entry: Entry, registry: SourceRegistry): CitedSource[] {
  const seen = new Set<string>();
  return sourcesOfEntry(entry, registry).flatMap((source) => {
    if (seen.has(source.key)) return [];
    seen.add(source.key);
    const record = entry.sources.includes(source) ? undefined : registry.byKey(source.key);
    return [record ? citedRecord(record) : citedInline(source)];
  });
}

/** The year of a source's date, for sorting and "as of"; undefined when undated. */
export function sourceYear(source: CitedSource): number | undefined {
  return source.date === undefined ? undefined : Number(source.date.slice(0, 4));
}
