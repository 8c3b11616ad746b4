/**
 * Contracts shared across the core, the page engine and the UI.
 * Pure: no DOM, no browser API.
 */
import type { Alias, EnglishName, Entry } from './schema';

/** Which written form of which entry a piece of text matched. */
export interface NameRef {
  entryId: string;
  /** The form as the catalogue writes it (not as the page wrote it). */
  text: string;
  lang: 'zh' | 'en';
  /** `name`: the current Chinese name; `english`: an English name; otherwise the alias kind. */
  role: 'name' | 'english' | Alias['kind'];
  /** Set when role is an alias kind: years, note, status of that alias. */
  alias?: Alias;
  /** Set when role is `english`. */
  englishName?: EnglishName;
}

/** One recognised mention in a text, offsets in UTF-16 code units of that text. */
export interface Mention {
  start: number;
  end: number;
  /** Normally one; more only for a form the catalogue marks `ambiguous`. */
  refs: NameRef[];
}

/** Finds every programme mention in a text, leftmost-longest, never overlapping. */
export interface Recognizer {
  /**
   * The mentions that start at or after `from` (default 0), as one scan of the whole text
   * would report them had it just resumed at `from` (after a mention ending there, or where
   * none can start before it): the text before `from` is only context for word boundaries.
   */
  find(text: string, from?: number): Mention[];
}

export type { Entry };
