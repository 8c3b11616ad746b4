/**
 * The sentence a mention stands in, for the popup's export (issue 14: "programme, partner,
 * count, first sentence"): from the last sentence end before the mention to the first one
 * after it, spaces collapsed, cut to a bounded length around the mention with "…" where text
 * was left out.
 *
 * Pure: no DOM, no browser API.
 */

/** Ends a sentence in Chinese and Western text (a full stop only before a space or the end). */
const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)|\n/g;
const ELLIPSIS = '…';

/**
 * The sentence around `text.slice(start, end)`, at most `max` characters (UTF-16 code units,
 * never splitting a surrogate pair).
 */
export function sentenceAround(text: string, start: number, end: number, max: number): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end) {
      to = after;
      break;
    }
  }
  // Spaces collapsed, keeping track of where the mention is in the result.
  const before = collapse(text.slice(from, start)).trimStart();
  const mention = collapse(text.slice(start, end));
  const rest = collapse(text.slice(end, to)).trimEnd();
  if (before.length + mention.length + rest.length <= max) return before + mention + rest;
  if (mention.length + 2 >= max) return cut(mention, 0, max - 1) + ELLIPSIS;

  // Context on both sides, the side that has less keeps all of it.
  const room = max - mention.length;
  let left = Math.min(before.length, Math.floor(room / 2));
  let right = Math.min(rest.length, room - left);
  left = Math.min(before.length, room - right);
  const head = left < before.length ? ELLIPSIS + cut(before, before.length - left + 1, before.length) : before;
  const tail = right < rest.length ? cut(rest, 0, right - 1) + ELLIPSIS : rest;
  return head + mention + tail;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** `text.slice(from, to)`, moved inward so that no surrogate pair is split. */
function cut(text: string, from: number, to: number): string {
  const low = (at: number) => at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]);
  if (low(from)) from++;
  if (low(to)) to--;
  return text.slice(from, Math.max(from, to));
}
