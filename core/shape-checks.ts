/**
 * The few checks that read a message, an answer (core/messages.ts) or a settings change
 * (core/settings.ts) out of an unknown value. Hand-written, not valibot schemas: the content
 * script parses every message it receives, and valibot cost it 1.9 KB gzip (issue 12: 40,725 B
 * → 38,850 B, docs/architecture.md «Messages»). valibot stays where errors need paths and
 * sentences: the validation of the catalogue's data files.
 *
 * Each check accepts what the valibot schema it replaced accepted, no more and no less.
 *
 * Pure: no DOM, no browser API.
 */

/** A value whose fields can be read: any non-null object (valibot's `object()` took arrays too; they lack the fields). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** A count: a whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** A string of at most `max` UTF-16 code units (String.length, as the senders cut them). */
export function isTextUpTo(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** One of a few allowed strings. */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * A list of at most `max` items, each read by `readItem`: a new list of what it read, or null
 * when the value is not a list, is too long, or any one item is not read (one bad item refuses
 * the whole list: a message is acted on whole or not at all).
 */
export function readList<T>(value: unknown, readItem: (item: unknown) => T | null, max = Infinity): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const items: T[] = [];
  for (const item of value) {
    const read = readItem(item);
    if (read === null) return null;
    items.push(read);
  }
  return items;
}

/** No field beyond `keys`, own or inherited (valibot's `strictObject()`). */
export function hasOnlyKeys(record: object, keys: readonly string[]): boolean {
  for (const key in record) if (!keys.includes(key)) return false;
  return true;
}
