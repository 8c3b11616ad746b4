/**
 * In-memory stand-ins for the browser APIs that WXT's fakeBrowser leaves unimplemented
 * (scripting, permissions, contextMenus), strict where the real ones are strict: registering
 * an id twice or unregistering an unknown id throws, as Chromium does.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeScript {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export function installFakeScripting() {
  const registered = new Map<string, FakeScript>();
  const scripting = {
    registered,
    registerContentScripts: vi.fn(async (scripts: FakeScript[]) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, { ...script });
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      const ids = filter?.ids ?? [...registered.keys()];
      for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    ),
    executeScript: vi.fn(async () => []),
  };
  Object.assign(fakeBrowser.scripting, scripting);
  return scripting;
}

/** Granted origin patterns; `request` answers as the user would (granted by default). */
export function installFakePermissions(answer = true) {
  const granted = new Set<string>();
  const permissions = {
    granted,
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (!permissions.answer) return false;
      origins.forEach((origin) => granted.add(origin));
      return true;
    }),
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    }),
    answer,
  };
  Object.assign(fakeBrowser.permissions, permissions);
  return permissions;
}
