/**
 * The content-script registrations on the user's own sites: what one looks like, and what
 * reconciling has to do to bring the registered ones in line with the wanted ones. Pure, so
 * it is tested without a browser; services/user-sites.ts performs the plan.
 */
import { originMatchPattern } from './site-origin';

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
    // As the manifest's content script (entrypoints/highlighter.content.ts): the highlight
    // rules go in before the page has content.
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
}

/** What reconciling has to do. */
export interface RegistrationPlan {
  /** Origins whose script must be (re-)registered. */
  register: string[];
  /** Script ids to unregister (stale, changed, or for a site no longer wanted). */
  unregister: string[];
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
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
      wanted.includes(origin) &&
      sameList(script.matches, expected.matches) &&
      sameList(script.js, expected.js) &&
      // Registered by a version that ran it at document_idle: re-registered at document_start.
      (script.runAt ?? expected.runAt) === expected.runAt;
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
