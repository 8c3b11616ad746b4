/**
 * An entry id: lowercase kebab-case (`nsfc-key`). The one pattern for ids everywhere: the data
 * file (core/schema.ts EntryIdSchema), the catalogue page's `#/entry/<id>` route and every
 * message that carries an id (core/messages.ts), so an id can never smuggle another address
 * into a URL. Partner ids take the same form.
 *
 * A module of its own, free of valibot: the content script checks the ids of the messages it
 * receives, and valibot stays out of it (docs/architecture.md, «Messages»).
 *
 * Pure: no DOM, no browser API.
 */
export const ENTRY_ID = /^[a-z][a-z0-9-]*$/;

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && ENTRY_ID.test(value);
}
