/**
 * In Firefox, the user's own site: added on the options page, it is asked for through the MV2
 * build's `optional_permissions` (Firefox has no `optional_host_permissions`), and the
 * highlighter registered at run time then paints the names on that site's pages.
 *
 * Firefox asks for the site in a prompt of its own UI, which WebDriver BiDi cannot answer (tried:
 * the request stays pending and the site is never added). The pref
 * `extensions.webextOptionalPermissionPrompts: false` makes Firefox grant an optional permission
 * without the prompt, as if the user had clicked Allow; everything else is the real path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageServer } from '../e2e/harness';
import { NOTICE, NOTICE_MENTIONS } from '../e2e/battery-pages';
import { DEFAULT_PORTAL_HOSTS } from '../../core/portals';
import {
  endFirefoxSession,
  startFirefoxSession,
  openExtensionPage,
  openPage,
  pageUrl,
  type FirefoxWithExtension,
} from './harness';
import { expectHighlights } from './probes';

/** A university research office: not a default portal. */
const USER_SITE = 'kyc.example.edu.cn';

describe("Firefox: the user's own site", () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    ({ server, firefox } = await startFirefoxSession({
      hosts: [...DEFAULT_PORTAL_HOSTS, USER_SITE],
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    }));
  });
  afterAll(() => endFirefoxSession(server, firefox));

  it('is highlighted once added on the options page', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.type('#site-address', `http://${USER_SITE}`);
    await options.click('button[type="submit"]');
    // The site is listed as added (by its address), with a way to remove it.
    await expect
      .poll(
        () =>
          options.evaluate(() =>
            [...document.querySelectorAll('button[aria-label]')].map((b) => b.getAttribute('aria-label')),
          ),
        { timeout: 30_000, interval: 100 },
      )
      .toContainEqual(expect.stringContaining(USER_SITE));

    const after = await openPage(firefox, pageUrl(USER_SITE, NOTICE));
    await expectHighlights(after.page, NOTICE_MENTIONS);
    expect(after.errors).toEqual([]);
    await after.page.close();
    await options.close();
  });
});
