/**
 * A user's own site, as an origin: what the user may type, what we store, and the match
 * pattern the browser needs for permissions and content-script registration. Pure.
 */

export type OriginResult = { ok: true; origin: string } | { ok: false; problem: OriginProblem };

/** Why a typed site was refused; the UI turns each into a sentence in the user's language. */
export type OriginProblem = 'empty' | 'not-a-url' | 'scheme' | 'host' | 'wildcard';

/**
 * Reads what a person types for a site: `kyc.example.edu.cn`, `https://kyc.example.edu.cn/`,
 * or a full page address copied from the address bar. The result is `scheme://host`, lower
 * case, without path, query, user info or port. Ports are dropped because match patterns
 * cannot express them (Firefox refuses them; Chromium ignores them), so one origin covers
 * every port of the host anyway.
 */
export function parseSiteOrigin(input: string): OriginResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.includes('*')) return { ok: false, problem: 'wildcard' };
  // No scheme typed: assume https, the common case for university sites.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (!isPlausibleHost(url.hostname)) return { ok: false, problem: 'host' };
  return { ok: true, origin: `${url.protocol}//${url.hostname}` };
}

/** A dotted name with at least two labels, `localhost`, or an IP address. */
function isPlausibleHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (host.startsWith('[') && host.endsWith(']')) return true; // IPv6 literal, already checked by URL
  const labels = host.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** `https://kyc.example.edu.cn` → `https://kyc.example.edu.cn/*` (permissions, script matches). */
export function originMatchPattern(origin: string): string {
  return `${origin}/*`;
}

/** The host part of a stored origin (`https://a.b.cn` → `a.b.cn`). */
export function originHost(origin: string): string {
  return new URL(origin).hostname;
}

/**
 * The origin of a page address, or null for pages no content script may run on
 * (chrome://, about:, file:, the extension's own pages, stores).
 */
export function pageOrigin(pageUrl: string | undefined): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}`;
  } catch {
    return null;
  }
}
