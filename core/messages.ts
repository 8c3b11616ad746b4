/**
 * Messages between the extension's parts (popup/background ⇄ content script), typed in one
 * place so both ends agree. Pure types and guards: no browser API here.
 */

/** Ask the content script of a tab which programmes it has recognised. */
export interface MentionsRequest {
  type: 'grant-lens:get-mentions';
}
/** Per-entry counts in document order of first appearance. */
export interface MentionsResponse {
  url: string;
  counts: { id: string; count: number }[];
}

/** Scroll to the first (or next) mention of an entry and show its card. */
export interface RevealRequest {
  type: 'grant-lens:reveal';
  id: string;
}

/** Sent by a content script to the background whenever its mention counts change (badge). */
export interface MentionsChanged {
  type: 'grant-lens:mentions-changed';
  total: number;
  distinct: number;
}

export type GrantLensMessage = MentionsRequest | RevealRequest | MentionsChanged;

export function isGrantLensMessage(value: unknown): value is GrantLensMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('grant-lens:')
  );
}

/**
 * "Scan this page once" sets this property on the extension's isolated-world `window` just
 * before it injects the highlighter: the user asked for this one page, so the script scans it
 * even where highlighting is switched off in the settings.
 */
export const SCAN_ONCE_FLAG = '__grantLensScanOnce';
