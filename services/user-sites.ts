/**
 * Where the highlighter runs beyond the default portals: the user's own sites. Switching a
 * site on asks for that origin's permission and registers the content script there;
 * switching it off unregisters the script and gives the permission back. The background
 * reconciles registrations with settings and granted permissions (after an update, at start,
 * when a permission is revoked from the browser's own menus: services/background/).
 * What a registration looks like, and the reconcile plan, are pure: core/user-site-scripts.ts.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isDefaultPortalHost } from '../core/portals';
import { originHost, originMatchPattern, parseSiteOrigin } from '../core/site-origin';
import {
  planUserSiteScripts,
  userSiteScript,
  userSiteScriptId,
  type RegistrationPlan,
} from '../core/user-site-scripts';
import { readSettings, type SettingsService } from './settings';

export type EnableResult = 'enabled' | 'denied';

/** What the views need: switch a site on or off, and what the browser grants. */
export interface UserSites {
  /**
   * Switches a site on. Call it straight from a click handler: the permission request is the
   * first thing it does, while the browser still counts the click as the user's gesture; any
   * await before it would make the browser refuse the request.
   */
  enable(origin: string): Promise<EnableResult>;
  /** Switches a site off: the script goes, the permission is released, the setting removed. */
  disable(origin: string): Promise<void>;
  /** Whether the browser currently grants the extension access to an origin. */
  hasPermission(origin: string): Promise<boolean>;
  /** Calls back when permissions change (granted here, or withdrawn in the browser's menus). */
  onPermissionsChanged(listener: () => void): () => void;
}

/** Session-storage note of the site whose permission prompt is open (see enable). */
const PENDING_KEY = 'pendingUserSite';
/** A note older than this is stale: the user walked away from the prompt. */
const PENDING_MAX_AGE_MS = 10 * 60_000;

interface PendingSite {
  origin: string;
  at: number;
}

export function createUserSites(settings: SettingsService): UserSites {
  return {
    /**
     * A popup may be closed while the browser's prompt is open (Firefox closes it), ending this
     * function before it can save anything. So it leaves a note first, without waiting, and the
     * background completes the site when the permission arrives (completePendingUserSite).
     */
    async enable(origin) {
      const asking = browser.permissions.request({ origins: [originMatchPattern(origin)] });
      const pending: PendingSite = { origin, at: Date.now() };
      const noted = browser.storage.session.set({ [PENDING_KEY]: pending });
      let granted: boolean;
      try {
        granted = await asking;
      } finally {
        // Still open, so this page finishes the job itself: the note is no longer needed.
        await noted;
        await browser.storage.session.remove(PENDING_KEY);
      }
      if (!granted) return 'denied';
      await registerUserSiteScripts([origin]);
      await settings.update({ kind: 'user-site', origin, on: true });
      return 'enabled';
    },
    async disable(origin) {
      await unregisterScripts([userSiteScriptId(origin)]);
      // A default portal's permission is required by the manifest and cannot be released.
      if (!isDefaultPortalHost(originHost(origin))) {
        await browser.permissions.remove({ origins: [originMatchPattern(origin)] });
      }
      await settings.update({ kind: 'user-site', origin, on: false });
    },
    hasPermission: hasSitePermission,
    onPermissionsChanged(listener) {
      const changed = () => listener();
      browser.permissions.onAdded.addListener(changed);
      browser.permissions.onRemoved.addListener(changed);
      return () => {
        browser.permissions.onAdded.removeListener(changed);
        browser.permissions.onRemoved.removeListener(changed);
      };
    },
  };
}

function hasSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originMatchPattern(origin)] });
}

/**
 * Called by the background when permissions are added: if they are the ones a closed popup
 * was waiting for, the site is saved (the settings change then registers its script).
 * Returns the origin completed, or null.
 */
export async function completePendingUserSite(settings: SettingsService, addedOrigins: string[]): Promise<string | null> {
  const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as Partial<PendingSite> | undefined;
  if (typeof stored?.origin !== 'string' || typeof stored.at !== 'number') return null;
  if (Date.now() - stored.at > PENDING_MAX_AGE_MS) return null;
  const parsed = parseSiteOrigin(stored.origin);
  if (!parsed.ok || !addedOrigins.includes(originMatchPattern(parsed.origin))) return null;
  await browser.storage.session.remove(PENDING_KEY);
  await settings.update({ kind: 'user-site', origin: parsed.origin, on: true });
  return parsed.origin;
}

/** Brings registered scripts in line with settings and granted permissions. Returns the plan run. */
export async function reconcileUserSiteScripts(): Promise<RegistrationPlan> {
  const { userSites } = (await readSettings()).settings;
  const granted = await Promise.all(userSites.map(hasSitePermission));
  const wanted = userSites.filter((_, i) => granted[i]);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const plan = planUserSiteScripts(wanted, registered);
  await unregisterScripts(plan.unregister);
  await registerUserSiteScripts(plan.register);
  return plan;
}

/**
 * The popup or options page and the background may register the same site at nearly the same
 * moment (the background reconciles when settings change). Both paths replace whatever is
 * there, and a clash between them is harmless as long as the script ends up registered.
 */
async function registerUserSiteScripts(origins: string[]): Promise<void> {
  for (const origin of origins) {
    const script = userSiteScript(origin);
    await unregisterScripts([script.id]);
    try {
      await browser.scripting.registerContentScripts([
        { ...script, js: script.js as ScriptPublicPath[] },
      ]);
    } catch (error) {
      const now = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
      if (now.length === 0) throw error;
    }
  }
}

async function unregisterScripts(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  // Unregistering an unknown id is an error: only ask for those that exist.
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length === 0) return;
  try {
    await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  } catch (error) {
    const left = await browser.scripting.getRegisteredContentScripts({ ids });
    if (left.length > 0) throw error;
  }
}
