/**
 * In-memory stand-ins for the browser APIs that WXT's fakeBrowser leaves unimplemented
 * (scripting, permissions, contextMenus), strict where the real ones are strict: registering
 * an id twice or unregistering an unknown id throws, as Chromium does. And the services as a
 * test builds them over the fake browser.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsService, createSettingsWriter, type SettingsService } from '../../services/settings';

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
      void permissions.onAdded.trigger({ origins });
      return true;
    }),
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      void permissions.onRemoved.trigger({ origins });
      return true;
    }),
    answer,
    onAdded: fakeEvent<[added: { origins?: string[] }]>(),
    onRemoved: fakeEvent<[removed: { origins?: string[] }]>(),
  };
  Object.assign(fakeBrowser.permissions, permissions);
  return permissions;
}

/** An event object with listeners that a test can fire, for events fakeBrowser leaves out. */
export function fakeEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => unknown>();
  return {
    listeners,
    addListener: (listener: (...args: Args) => unknown) => void listeners.add(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.delete(listener),
    hasListener: (listener: (...args: Args) => unknown) => listeners.has(listener),
    trigger: async (...args: Args) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

/** contextMenus as Chromium has it: ids must be unique until removed. */
export function installFakeContextMenus() {
  const items = new Map<string, { id: string; title?: string; contexts?: string[] }>();
  const contextMenus = {
    items,
    create: vi.fn((item: { id: string; title?: string; contexts?: string[] }) => {
      if (items.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
      items.set(item.id, { ...item });
      return item.id;
    }),
    update: vi.fn(async (id: string, change: { title?: string }) => {
      const item = items.get(id);
      if (!item) throw new Error(`Cannot find menu item with id ${id}`);
      Object.assign(item, change);
    }),
    removeAll: vi.fn(async () => items.clear()),
    onClicked: fakeEvent<[info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; index: number }]>(),
  };
  Object.assign(fakeBrowser.contextMenus, contextMenus);
  return contextMenus;
}

/**
 * A context's settings service as the background builds it: writes go straight to the one
 * writer's queue (services/settings.ts), so a test needs no background to route them.
 */
export function localSettings(): SettingsService {
  return createSettingsService(createSettingsWriter().write);
}
