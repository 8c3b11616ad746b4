import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installUserSiteReconcile, scheduleReconcile } from '../../background/user-sites';
import {
  HIGHLIGHTER_SCRIPT,
  completePendingUserSite,
  disableUserSite,
  enableUserSite,
  planUserSiteScripts,
  reconcileUserSiteScripts,
  scanTabOnce,
  userSiteScript,
  userSiteScriptId,
} from '../../entrypoints/shared/sites';
import { getSettings, updateSettings } from '../../entrypoints/shared/settings-store';
import { installFakePermissions, installFakeScripting } from './sites-fakes';

const SITE = 'https://kyc.example.edu.cn';
const PATTERN = 'https://kyc.example.edu.cn/*';

describe('planUserSiteScripts', () => {
  it('registers what is wanted and missing, keeps what is up to date, removes the rest', () => {
    const plan = planUserSiteScripts(
      ['https://a.example.org', 'https://b.example.org'],
      [
        userSiteScript('https://a.example.org'),
        userSiteScript('https://gone.example.org'),
        { id: 'someone-else', matches: ['https://x.example.org/*'] },
      ],
    );
    expect(plan).toEqual({
      register: ['https://b.example.org'],
      unregister: [userSiteScriptId('https://gone.example.org')],
    });
  });

  it('replaces a registration whose file or matches changed (e.g. after an update)', () => {
    const stale = { ...userSiteScript(SITE), js: ['content-scripts/old-name.js'] };
    expect(planUserSiteScripts([SITE], [stale])).toEqual({ register: [SITE], unregister: [stale.id] });
  });

  it('accepts the leading slash Firefox may report on file paths', () => {
    const reported = { ...userSiteScript(SITE), js: [`/${HIGHLIGHTER_SCRIPT}`] };
    expect(planUserSiteScripts([SITE], [reported])).toEqual({ register: [], unregister: [] });
  });
});

describe('switching a user site on and off', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
  });

  it('asks for the origin, registers the script there and saves the site', async () => {
    expect(await enableUserSite(SITE)).toBe('enabled');
    expect(permissions.request).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(scripting.registered.get(userSiteScriptId(SITE))).toEqual({
      id: userSiteScriptId(SITE),
      matches: [PATTERN],
      js: [HIGHLIGHTER_SCRIPT],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect((await getSettings()).userSites).toEqual([SITE]);
  });

  it('asks for the permission before anything else, synchronously (user gesture)', () => {
    void enableUserSite(SITE);
    // No await yet: the request must already have been made inside the click's own task.
    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('changes nothing when the user refuses the permission', async () => {
    permissions.answer = false;
    expect(await enableUserSite(SITE)).toBe('denied');
    expect(scripting.registered.size).toBe(0);
    expect((await getSettings()).userSites).toEqual([]);
  });

  it('enabling twice keeps one registration', async () => {
    await enableUserSite(SITE);
    await enableUserSite(SITE);
    expect([...scripting.registered.keys()]).toEqual([userSiteScriptId(SITE)]);
    expect((await getSettings()).userSites).toEqual([SITE]);
  });

  it('switching off unregisters, releases the permission and forgets the site', async () => {
    await enableUserSite(SITE);
    await disableUserSite(SITE);
    expect(scripting.registered.size).toBe(0);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(permissions.granted.has(PATTERN)).toBe(false);
    expect((await getSettings()).userSites).toEqual([]);
  });

  it('switching off a site that was never registered still forgets it', async () => {
    await updateSettings((s) => ({ ...s, userSites: [SITE] }));
    await disableUserSite(SITE);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect((await getSettings()).userSites).toEqual([]);
  });
});

describe('reconcileUserSiteScripts', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
  });

  it('re-registers granted user sites that lost their script (e.g. after an update)', async () => {
    await updateSettings((s) => ({ ...s, userSites: [SITE, 'https://lab.example.org'] }));
    permissions.granted.add(PATTERN).add('https://lab.example.org/*');
    const plan = await reconcileUserSiteScripts();
    expect(plan.register).toEqual([SITE, 'https://lab.example.org']);
    expect([...scripting.registered.keys()].sort()).toEqual(
      [userSiteScriptId(SITE), userSiteScriptId('https://lab.example.org')].sort(),
    );
  });

  it('skips a site whose permission the user revoked, but keeps it in settings', async () => {
    await updateSettings((s) => ({ ...s, userSites: [SITE] }));
    scripting.registered.set(userSiteScriptId(SITE), userSiteScript(SITE));
    const plan = await reconcileUserSiteScripts();
    expect(plan.unregister).toEqual([userSiteScriptId(SITE)]);
    expect(scripting.registered.size).toBe(0);
    expect((await getSettings()).userSites).toEqual([SITE]);
  });

  it('removes our scripts for sites no longer in settings and leaves other scripts alone', async () => {
    scripting.registered.set(userSiteScriptId(SITE), userSiteScript(SITE));
    scripting.registered.set('wxt-runtime-script', { id: 'wxt-runtime-script', matches: ['<all_urls>'] });
    await reconcileUserSiteScripts();
    expect([...scripting.registered.keys()]).toEqual(['wxt-runtime-script']);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await updateSettings((s) => ({ ...s, userSites: [SITE] }));
    permissions.granted.add(PATTERN);
    await reconcileUserSiteScripts();
    expect(await reconcileUserSiteScripts()).toEqual({ register: [], unregister: [] });
  });
});

describe('scanTabOnce', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
  });

  it('injects the highlighter into every frame of a tab that has none', async () => {
    fakeBrowser.tabs.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await scanTabOnce(7);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: [`/${HIGHLIGHTER_SCRIPT}`],
    });
  });

  it('does not inject twice when a content script already answers', async () => {
    fakeBrowser.tabs.sendMessage = (async () => ({ url: 'https://x.example.org/', counts: [] })) as never;
    await scanTabOnce(7);
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('a popup closed while the permission prompt is open', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
  });

  /** The popup's side: the request never comes back to it, but the browser grants it. */
  function askFromAPopupThatCloses(): void {
    permissions.request.mockImplementationOnce(() => new Promise(() => {}));
    void enableUserSite(SITE);
  }

  it('is completed by the background when the permission arrives: saved, then registered', async () => {
    installUserSiteReconcile();
    askFromAPopupThatCloses();
    permissions.granted.add(PATTERN);
    await permissions.onAdded.trigger({ origins: [PATTERN] });
    await vi.waitFor(async () => expect((await getSettings()).userSites).toEqual([SITE]));
    await scheduleReconcile('test: wait for the queue');
    expect(scripting.registered.has(userSiteScriptId(SITE))).toBe(true);
  });

  it('is not completed for some other permission', async () => {
    askFromAPopupThatCloses();
    expect(await completePendingUserSite(['https://elsewhere.example.org/*'])).toBeNull();
    expect((await getSettings()).userSites).toEqual([]);
  });

  it('is not completed from a stale note (the prompt was left long ago)', async () => {
    await fakeBrowser.storage.session.set({ pendingUserSite: { origin: SITE, at: Date.now() - 60 * 60_000 } });
    expect(await completePendingUserSite([PATTERN])).toBeNull();
  });

  it('leaves no note behind when the popup stays open', async () => {
    await enableUserSite(SITE);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await completePendingUserSite([PATTERN])).toBeNull();
  });
});

describe('a refused permission request (e.g. an origin the manifest does not allow)', () => {
  it('passes the browser error on and leaves no note behind', async () => {
    fakeBrowser.reset();
    installFakeScripting();
    const permissions = installFakePermissions();
    permissions.request.mockRejectedValueOnce(new Error('Only permissions specified in the manifest may be requested.'));
    await expect(enableUserSite(SITE)).rejects.toThrow('manifest');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
