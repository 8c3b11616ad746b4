/**
 * The one message protocol between the extension's parts: every message is a variant of
 * `Message`, and every receiver parses what arrives (`parseMessage`) before acting on
 * it, so a message from another version, a page or a bug is ignored, never half-read: an id
 * that is not an entry id never reaches a URL or the page engine. Answers have their own
 * parsers, read by the one client of each request.
 *
 * Who sends what:
 * - popup → the tab's content script: get-mentions (answered with MentionsAnswer), reveal (one
 *   group of MentionsAnswer, by its ids);
 * - background → content script: navigate (the manifest's keyboard commands);
 * - content script → background: mentions-changed (the badge), open-entry (a card's link),
 *   load-card (the first card: inject the card script, answered with DoneAnswer);
 * - popup, options page → background: update-settings (answered with DoneAnswer), since the
 *   background is the one place that writes settings (services/settings.ts).
 *
 * Pure: no browser API here (services/ sends and receives). The checks are hand-written
 * (core/shape-checks.ts), not valibot, to keep valibot out of the content script.
 */
import { isEntryId } from './entry-id';
import { isCount, isOneOf, isRecord, isTextUpTo, readList } from './shape-checks';
import { parseSettingsChange, type SettingsChange } from './settings';

export const NAV_DIRECTIONS = ['next', 'previous'] as const;
export type NavDirection = (typeof NAV_DIRECTIONS)[number];

/** Manifest command name → direction. The names are what wxt.config.ts declares. */
export const NAV_COMMANDS: Readonly<Record<string, NavDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

/** A mention names a few programmes or partners at most (an ambiguous form, a 中X prefix). */
export const MAX_GROUP_IDS = 16;

/**
 * One group of core/mention-groups.ts, by its ids: what "On this page" lists and "show on the
 * page" steps through. A group names at least one programme or partner.
 */
export interface GroupIds {
  /** Entry ids (core/entry-id.ts), at most MAX_GROUP_IDS. */
  ids: string[];
  /** Partner ids (the entries' form), at most MAX_GROUP_IDS. */
  partners: string[];
}

export type Message =
  /** Which programmes has the page recognised? Answered with MentionsAnswer. */
  | { type: 'grant-lens:get-mentions' }
  /** Scroll to the first (or next) mention of a group and show its card. */
  | { type: 'grant-lens:reveal'; group: GroupIds }
  /** A navigation command was pressed: move to the next or previous mention, show its card. */
  | { type: 'grant-lens:navigate'; direction: NavDirection }
  /**
   * The page's mention counts changed (or it stopped highlighting: zero). For the badge:
   * `distinct` is the number of groups, the rows "On this page" lists. Both are counts (whole, ≥ 0).
   */
  | { type: 'grant-lens:mentions-changed'; total: number; distinct: number }
  /** Open the catalogue page at an entry (a web page may not open extension pages itself). */
  | { type: 'grant-lens:open-entry'; id: string }
  /**
   * The page's first card: inject the card script (CARD_SCRIPT) into the sender's frame.
   * Answered with DoneAnswer.
   */
  | { type: 'grant-lens:load-card' }
  /** Open the catalogue page at a partner (a card's partner section; ids have the entries' form). */
  | { type: 'grant-lens:open-partner'; id: string }
  /** Apply one change to the stored settings. Answered with DoneAnswer. */
  | { type: 'grant-lens:update-settings'; change: SettingsChange };
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * The message, checked; null for anything that is not one of ours, whole and well-formed. What
 * is returned is a new object of the message's own fields: any other field is left behind.
 */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value)) return null;
  const { type } = value;
  switch (type) {
    case 'grant-lens:get-mentions':
    case 'grant-lens:load-card':
      return { type };
    case 'grant-lens:reveal': {
      const group = readGroupIds(value.group);
      return group && { type, group };
    }
    case 'grant-lens:navigate':
      return isOneOf(value.direction, NAV_DIRECTIONS) ? { type, direction: value.direction } : null;
    case 'grant-lens:mentions-changed': {
      const { total, distinct } = value;
      return isCount(total) && isCount(distinct) ? { type, total, distinct } : null;
    }
    case 'grant-lens:open-entry':
    case 'grant-lens:open-partner':
      return isEntryId(value.id) ? { type, id: value.id } : null;
    case 'grant-lens:update-settings': {
      const change = parseSettingsChange(value.change);
      return change && { type, change };
    }
    default:
      return null;
  }
}

const readEntryId = (value: unknown): string | null => (isEntryId(value) ? value : null);

/** A group's ids: both lists of entry ids, bounded, and not both empty. */
function readGroupIds(value: unknown): GroupIds | null {
  if (!isRecord(value)) return null;
  const ids = readList(value.ids, readEntryId, MAX_GROUP_IDS);
  const partners = readList(value.partners, readEntryId, MAX_GROUP_IDS);
  return ids !== null && partners !== null && ids.length + partners.length > 0 ? { ids, partners } : null;
}

/** Longest `text` of a group in an answer: the mention as the page writes it. */
export const MENTION_TEXT_MAX = 120;
/** Longest `sentence` of a group in an answer: the sentence of its first mention, trimmed. */
export const SENTENCE_MAX = 200;

/**
 * One thing the page mentions (core/mention-groups.ts): its programmes (several for an
 * ambiguous form, none for a partner named alone) and partners (none for a programme name,
 * several candidates for an ambiguous 中X prefix), how often, and its first mention as the
 * page writes it with the sentence around it (the export's "first sentence").
 */
export interface MentionGroupAnswer extends GroupIds {
  /** How often the page mentions it: at least once. */
  count: number;
  /** At most MENTION_TEXT_MAX characters. */
  text: string;
  /** At most SENTENCE_MAX characters. */
  sentence: string;
}

/** The answer to get-mentions: the page's groups in document order of their first mention. */
export interface MentionsAnswer {
  url: string;
  groups: MentionGroupAnswer[];
}

/** The answer to update-settings and load-card: done, or why not (the error, as text). */
export type DoneAnswer = { ok: true } | { ok: false; error: string };

/** A get-mentions answer, checked; null when it is missing or malformed (one bad group refuses it). */
export function parseMentionsAnswer(value: unknown): MentionsAnswer | null {
  if (!isRecord(value) || typeof value.url !== 'string') return null;
  const groups = readList(value.groups, readMentionGroup);
  return groups && { url: value.url, groups };
}

function readMentionGroup(value: unknown): MentionGroupAnswer | null {
  if (!isRecord(value)) return null;
  const group = readGroupIds(value);
  if (group === null) return null;
  const { count, text, sentence } = value;
  if (!isCount(count) || count < 1 || !isTextUpTo(text, MENTION_TEXT_MAX) || !isTextUpTo(sentence, SENTENCE_MAX)) return null;
  return { ...group, count, text, sentence };
}

/** A DoneAnswer, checked; null when it is missing or malformed. */
export function parseDoneAnswer(value: unknown): DoneAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === true) return { ok: true };
  if (value.ok === false && typeof value.error === 'string') return { ok: false, error: value.error };
  return null;
}

/**
 * The toolbar (badge, popup list, reveal, next/previous) speaks for the tab's top document
 * only. It is the one document the popup can act on definitely: a reveal or a command opens
 * one card, in one frame. Frames without their own address (about:blank, srcdoc) are part of
 * their parent's engine and so counted; a frame with its own address runs its own copy,
 * highlights and shows cards, but is not counted (counting what the popup cannot reveal would
 * list programmes it cannot show). Both ends use this one rule: the content script reports and
 * answers only in the top frame, the badge reads only the top frame's reports.
 */
export const TOOLBAR_FRAME_ID = 0;

/**
 * "Scan this page once" sets this property on the extension's isolated-world `window` just
 * before it injects the highlighter: the user asked for this one page, so the script scans it
 * even where highlighting is switched off in the settings (core/settings.ts RunReason).
 */
export const SCAN_ONCE_FLAG = '__grantLensScanOnce';

/**
 * The card on demand (docs/architecture.md, «The card on demand»): the card's code (Preact,
 * floating-ui, its CSS, the texts it shows) is a script of its own that the background injects
 * into the frame on the first hover or keyboard command; it publishes itself under this name
 * in the extension's isolated world, where the content script picks it up.
 */
export const CARD_SCRIPT = 'card.js';
export const CARD_MODULE_GLOBAL = '__grantLensCard';
