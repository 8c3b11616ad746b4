/**
 * Where the highlighter runs beyond the default portals: the user's own sites. Switching a
 * site on asks for that origin's permission and registers the content script there;
 * switching it off unregisters the script and gives the permission back. The background
 * reconciles registrations with settings and granted permissions (after an update, at start,
 * when a permission is revoked from the browser's own menus).
 */
import { browser, type ScriptPublicPath } from '#imports';
import { isDefaultPortalHost } from '../../core/portals';
import { withUserSite, withoutUserSite } from '../../core/settings';
import { originHost, originMatchPattern, parseSiteOrigin } from '../../core/site-origin';
import { SCAN_ONCE_FLAG, type MentionsRequest } from '../../core/messages';
import { getSettings, updateSettings } from './settings-store';

/** The content script the page engine builds (entrypoints/highlighter.content.ts). */
export const HIGHLIGHTER_SCRIPT = 'content-scripts/highlighter.js';

/** Our registrations carry this prefix, so reconciling never touches anyone else's. */
export const USER_SITE_SCRIPT_PREFIX = 'grant-lens-user-site:';

export function userSiteScriptId(origin: string): string {
  return USER_SITE_SCRIPT_PREFIX + origin;
}

/** The registration for one user site, as scripting.registerContentScripts takes it. */
export function userSiteScript(origin: string) {
  return {
    id: userSiteScriptId(origin),
    matches: [originMatchPattern(origin)],
    js: [HIGHLIGHTER_SCRIPT],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
}

export type EnableResult = 'enabled' | 'denied';

/** Session-storage note of the site whose permission prompt is open (see enableUserSite). */
const PENDING_KEY = 'pendingUserSite';
/** A note older than this is stale: the user walked away from the prompt. */
const PENDING_MAX_AGE_MS = 10 * 60_000;

interface PendingSite {
  origin: string;
  at: number;
}

/**
 * Switches a user site on. Call it straight from a click handler: the permission request must
 * be the first thing that happens, while the browser still counts the click as the user's
 * gesture; any await before it would make the browser refuse the request.
 *
 * A popup may be closed while the browser's prompt is open (Firefox closes it), ending this
 * function before it can save anything. So it leaves a note first, without waiting, and the
 * background completes the site when the permission arrives (completePendingUserSite).
 */
export async function enableUserSite(origin: string): Promise<EnableResult> {
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
  await updateSettings((settings) => withUserSite(settings, origin));
  return 'enabled';
}

/**
 * Called by the background when permissions are added: if they are the ones a closed popup
 * was waiting for, the site is saved (the settings change then registers its script).
 * Returns the origin completed, or null.
 */
export async function completePendingUserSite(addedOrigins: string[]): Promise<string | null> {
  const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as Partial<PendingSite> | undefined;
  if (typeof stored?.origin !== 'string' || typeof stored.at !== 'number') return null;
  if (Date.now() - stored.at > PENDING_MAX_AGE_MS) return null;
  const parsed = parseSiteOrigin(stored.origin);
  if (!parsed.ok || !addedOrigins.includes(originMatchPattern(parsed.origin))) return null;
  await browser.storage.session.remove(PENDING_KEY);
  await updateSettings((settings) => withUserSite(settings, parsed.origin));
  return parsed.origin;
}

/** Switches a user site off: the script goes, the permission is released, the setting removed. */
export async function disableUserSite(origin: string): Promise<void> {
  await unregisterScripts([userSiteScriptId(origin)]);
  // A default portal's permission is required by the manifest and cannot be released.
  if (!isDefaultPortalHost(originHost(origin))) {
    await browser.permissions.remove({ origins: [originMatchPattern(origin)] });
  }
  await updateSettings((settings) => withoutUserSite(settings, origin));
}

/** Whether the browser currently grants the extension access to an origin. */
export function hasSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originMatchPattern(origin)] });
}

/** What reconciling has to do; computed purely so it can be tested without a browser. */
export interface RegistrationPlan {
  /** Origins whose script must be (re-)registered. */
  register: string[];
  /** Script ids to unregister (stale, changed, or for a site no longer wanted). */
  unregister: string[];
}

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

/**
 * Compares the sites that should have a script (in settings and granted) with what is
 * registered. A registration whose matches or file differ from today's is replaced, so an
 * update that renames the script heals itself.
 */
export function planUserSiteScripts(wanted: string[], registered: RegisteredScript[]): RegistrationPlan {
  const ours = registered.filter((script) => script.id.startsWith(USER_SITE_SCRIPT_PREFIX));
  const plan: RegistrationPlan = { register: [], unregister: [] };
  for (const script of ours) {
    const origin = script.id.slice(USER_SITE_SCRIPT_PREFIX.length);
    const expected = userSiteScript(origin);
    const upToDate =
      wanted.includes(origin) && sameList(script.matches, expected.matches) && sameList(script.js, expected.js);
    if (!upToDate) plan.unregister.push(script.id);
  }
  for (const origin of wanted) {
    const id = userSiteScriptId(origin);
    const kept = ours.some((script) => script.id === id) && !plan.unregister.includes(id);
    if (!kept) plan.register.push(origin);
  }
  return plan;
}

function sameList(actual: string[] | undefined, expected: string[]): boolean {
  // Chromium reports js paths as given; Firefox may prefix a slash. Compare without it.
  const strip = (path: string) => path.replace(/^\//, '');
  return (
    actual !== undefined &&
    actual.length === expected.length &&
    actual.every((item, i) => strip(item) === strip(expected[i]))
  );
}

/** Brings registered scripts in line with settings and granted permissions. Returns the plan run. */
export async function reconcileUserSiteScripts(): Promise<RegistrationPlan> {
  const { userSites } = await getSettings();
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
      await browser.scripting.registerContentScripts([script]);
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

/** Whether a content script answers in the tab (top frame), i.e. the page is already scanned. */
export async function tabHasHighlighter(tabId: number): Promise<boolean> {
  try {
    const request: MentionsRequest = { type: 'grant-lens:get-mentions' };
    // The top frame only: one definite answer (every frame has its own content script).
    const response = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    return response !== undefined;
  } catch {
    return false; // "Receiving end does not exist": no content script in this tab.
  }
}

/**
 * "Scan this page once": injects the highlighter into the tab through activeTab (granted by
 * opening the popup on it), with no standing permission. Does nothing when a content script
 * already runs there, so a page is never scanned twice.
 */
export async function scanTabOnce(tabId: number): Promise<void> {
  if (await tabHasHighlighter(tabId)) return;
  // WXT types `files` with the build's own paths; the script is another entrypoint's output.
  const file: string = `/${HIGHLIGHTER_SCRIPT}`;
  const target = { tabId, allFrames: true };
  await browser.scripting.executeScript({
    target,
    func: (flag: string) => {
      (window as unknown as Record<string, boolean>)[flag] = true;
    },
    args: [SCAN_ONCE_FLAG],
  });
  await browser.scripting.executeScript({ target, files: [file as ScriptPublicPath] });
}
