/**
 * The one message protocol between the extension's parts: every message is a variant of
 * `MessageSchema`, and every receiver parses what arrives (`parseMessage`) before acting on
 * it, so a message from another version, a page or a bug is ignored, never half-read: an id
 * that is not an entry id never reaches a URL or the page engine. Answers have their own
 * schemas, read by the one client of each request.
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
 * Pure: no browser API here (services/ sends and receives).
 */
import * as v from 'valibot';
import { EntryIdSchema } from './schema';
import { SettingsChangeSchema } from './settings';

export const NAV_DIRECTIONS = ['next', 'previous'] as const;
export type NavDirection = (typeof NAV_DIRECTIONS)[number];

/** Manifest command name → direction. The names are what wxt.config.ts declares. */
export const NAV_COMMANDS: Readonly<Record<string, NavDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A mention names a few programmes or partners at most (an ambiguous form, a 中X prefix). */
export const MAX_GROUP_IDS = 16;
const GroupIds = v.pipe(v.array(EntryIdSchema), v.maxLength(MAX_GROUP_IDS));

/**
 * One group of core/mention-groups.ts, by its ids: what "On this page" lists and "show on the
 * page" steps through. A group names at least one programme or partner.
 */
const GroupIdsSchema = v.pipe(
  v.object({ ids: GroupIds, partners: GroupIds }),
  v.check((group) => group.ids.length + group.partners.length > 0, 'a group names a programme or a partner'),
);

export const MessageSchema = v.variant('type', [
  /** Which programmes has the page recognised? Answered with MentionsAnswer. */
  v.object({ type: v.literal('grant-lens:get-mentions') }),
  /** Scroll to the first (or next) mention of a group and show its card. */
  v.object({ type: v.literal('grant-lens:reveal'), group: GroupIdsSchema }),
  /** A navigation command was pressed: move to the next or previous mention, show its card. */
  v.object({ type: v.literal('grant-lens:navigate'), direction: v.picklist(NAV_DIRECTIONS) }),
  /**
   * The page's mention counts changed (or it stopped highlighting: zero). For the badge:
   * `distinct` is the number of groups, the rows "On this page" lists.
   */
  v.object({ type: v.literal('grant-lens:mentions-changed'), total: Count, distinct: Count }),
  /** Open the catalogue page at an entry (a web page may not open extension pages itself). */
  v.object({ type: v.literal('grant-lens:open-entry'), id: EntryIdSchema }),
  /**
   * The page's first card: inject the card script (CARD_SCRIPT) into the sender's frame.
   * Answered with DoneAnswer.
   */
  v.object({ type: v.literal('grant-lens:load-card') }),
  /** Open the catalogue page at a partner (a card's partner section; ids have the entries' form). */
  v.object({ type: v.literal('grant-lens:open-partner'), id: EntryIdSchema }),
  /** Apply one change to the stored settings. Answered with DoneAnswer. */
  v.object({ type: v.literal('grant-lens:update-settings'), change: SettingsChangeSchema }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** The message, checked; null for anything that is not one of ours, whole and well-formed. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema, value);
  return result.success ? result.output : null;
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
export const MentionGroupSchema = v.pipe(
  v.object({
    ids: GroupIds,
    partners: GroupIds,
    count: v.pipe(Count, v.minValue(1)),
    text: v.pipe(v.string(), v.maxLength(MENTION_TEXT_MAX)),
    sentence: v.pipe(v.string(), v.maxLength(SENTENCE_MAX)),
  }),
  v.check((group) => group.ids.length + group.partners.length > 0, 'a group names a programme or a partner'),
);
export type MentionGroupAnswer = v.InferOutput<typeof MentionGroupSchema>;

/** The answer to get-mentions: the page's groups in document order of their first mention. */
export const MentionsAnswerSchema = v.object({
  url: v.string(),
  groups: v.array(MentionGroupSchema),
});
export type MentionsAnswer = v.InferOutput<typeof MentionsAnswerSchema>;
export type GroupIds = v.InferOutput<typeof GroupIdsSchema>;

/** The answer to update-settings and load-card: done, or why not (the error, as text). */
export const DoneAnswerSchema = v.variant('ok', [
  v.object({ ok: v.literal(true) }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);
export type DoneAnswer = v.InferOutput<typeof DoneAnswerSchema>;

/** An answer checked against its schema; null when it is missing or malformed. */
export function parseAnswer<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
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
