import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIGHLIGHTER_SCRIPT, userSiteScript, userSiteScriptId } from '../../core/user-site-scripts';
import { installUserSiteReconcile, scheduleReconcile } from '../../services/background/site-registrations';
import { pageChannel } from '../../services/page-channel';
import { readSettings, type SettingsService } from '../../services/settings';
import { completePendingUserSite, createUserSites, reconcileUserSiteScripts, type UserSites } from '../../services/user-sites';
import { installFakePermissions, installFakeScripting, localSettings } from './sites-fakes';

const SITE = 'https://kyc.example.edu.cn';
const PATTERN = 'https://kyc.example.edu.cn/*';
const userSitesNow = async () => (await readSettings()).settings.userSites;

describe('switching a user site on and off', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  let settings: SettingsService;
  let sites: UserSites;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
    settings = localSettings();
    sites = createUserSites(settings);
  });

  it('asks for the origin, registers the script there and saves the site', async () => {
    expect(await sites.enable(SITE)).toBe('enabled');
    expect(permissions.request).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(scripting.registered.get(userSiteScriptId(SITE))).toEqual({
      id: userSiteScriptId(SITE),
      matches: [PATTERN],
      js: [HIGHLIGHTER_SCRIPT],
      allFrames: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
    expect((await userSitesNow())).toEqual([SITE]);
  });

  it('asks for the permission before anything else, synchronously (user gesture)', () => {
    void sites.enable(SITE);
    // No await yet: the request must already have been made inside the click's own task.
    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('changes nothing when the user refuses the permission', async () => {
    permissions.answer = false;
    expect(await sites.enable(SITE)).toBe('denied');
    expect(scripting.registered.size).toBe(0);
    expect((await userSitesNow())).toEqual([]);
  });

  it('enabling twice keeps one registration', async () => {
    await sites.enable(SITE);
    await sites.enable(SITE);
    expect([...scripting.registered.keys()]).toEqual([userSiteScriptId(SITE)]);
    expect((await userSitesNow())).toEqual([SITE]);
  });

  it('switching off unregisters, releases the permission and forgets the site', async () => {
    await sites.enable(SITE);
    await sites.disable(SITE);
    expect(scripting.registered.size).toBe(0);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(permissions.granted.has(PATTERN)).toBe(false);
    expect((await userSitesNow())).toEqual([]);
  });

  it('switching off a site that was never registered still forgets it', async () => {
    await settings.update({ kind: 'user-site', origin: SITE, on: true });
    await sites.disable(SITE);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect((await userSitesNow())).toEqual([]);
  });
});

describe('reconcileUserSiteScripts', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  let settings: SettingsService;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
    settings = localSettings();
  });

  it('re-registers granted user sites that lost their script (e.g. after an update)', async () => {
    await settings.update({ kind: 'user-site', origin: SITE, on: true });
    await settings.update({ kind: 'user-site', origin: 'https://lab.example.org', on: true });
    permissions.granted.add(PATTERN).add('https://lab.example.org/*');
    const plan = await reconcileUserSiteScripts();
    expect(plan.register).toEqual([SITE, 'https://lab.example.org']);
    expect([...scripting.registered.keys()].sort()).toEqual(
      [userSiteScriptId(SITE), userSiteScriptId('https://lab.example.org')].sort(),
    );
  });

  it('skips a site whose permission the user revoked, but keeps it in settings', async () => {
    await settings.update({ kind: 'user-site', origin: SITE, on: true });
    scripting.registered.set(userSiteScriptId(SITE), userSiteScript(SITE));
    const plan = await reconcileUserSiteScripts();
    expect(plan.unregister).toEqual([userSiteScriptId(SITE)]);
    expect(scripting.registered.size).toBe(0);
    expect((await userSitesNow())).toEqual([SITE]);
  });

  it('removes our scripts for sites no longer in settings and leaves other scripts alone', async () => {
    scripting.registered.set(userSiteScriptId(SITE), userSiteScript(SITE));
    scripting.registered.set('wxt-runtime-script', { id: 'wxt-runtime-script', matches: ['<all_urls>'] });
    await reconcileUserSiteScripts();
    expect([...scripting.registered.keys()]).toEqual(['wxt-runtime-script']);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await settings.update({ kind: 'user-site', origin: SITE, on: true });
    permissions.granted.add(PATTERN);
    await reconcileUserSiteScripts();
    expect(await reconcileUserSiteScripts()).toEqual({ register: [], unregister: [] });
  });
});

describe('the page channel: scan once, highlight now', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
  });

  it('injects the highlighter into every frame of a tab that has none', async () => {
    fakeBrowser.tabs.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await pageChannel.scanOnce(7);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: [`/${HIGHLIGHTER_SCRIPT}`],
    });
  });

  it('does not inject twice when a content script already answers', async () => {
    fakeBrowser.tabs.sendMessage = (async () => ({ url: 'https://x.example.org/', groups: [] })) as never;
    await pageChannel.scanOnce(7);
    await pageChannel.highlightNow(7);
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('a nonsense answer is no answer: the page is scanned', async () => {
    fakeBrowser.tabs.sendMessage = (async () => ({ groups: 'many' })) as never;
    await pageChannel.scanOnce(7);
    expect(scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  it('highlight now (a site just switched on) injects without the scan-once flag: the page follows its setting', async () => {
    fakeBrowser.tabs.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await pageChannel.highlightNow(7);
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: [`/${HIGHLIGHTER_SCRIPT}`],
    });
  });
});

describe('a popup closed while the permission prompt is open', () => {
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;
  let settings: SettingsService;
  beforeEach(() => {
    fakeBrowser.reset();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
    settings = localSettings();
  });

  /** The popup's side: the request never comes back to it, but the browser grants it. */
  function askFromAPopupThatCloses(): void {
    permissions.request.mockImplementationOnce(() => new Promise(() => {}));
    void createUserSites(settings).enable(SITE);
  }

  it('is completed by the background when the permission arrives: saved, then registered', async () => {
    installUserSiteReconcile(settings);
    askFromAPopupThatCloses();
    permissions.granted.add(PATTERN);
    await permissions.onAdded.trigger({ origins: [PATTERN] });
    await vi.waitFor(async () => expect((await userSitesNow())).toEqual([SITE]));
    await scheduleReconcile('test: wait for the queue');
    expect(scripting.registered.has(userSiteScriptId(SITE))).toBe(true);
  });

  it('is not completed for some other permission', async () => {
    askFromAPopupThatCloses();
    expect(await completePendingUserSite(settings, ['https://elsewhere.example.org/*'])).toBeNull();
    expect((await userSitesNow())).toEqual([]);
  });

  it('is not completed from a stale note (the prompt was left long ago)', async () => {
    await fakeBrowser.storage.session.set({ pendingUserSite: { origin: SITE, at: Date.now() - 60 * 60_000 } });
    expect(await completePendingUserSite(settings, [PATTERN])).toBeNull();
  });

  it('leaves no note behind when the popup stays open', async () => {
    await createUserSites(settings).enable(SITE);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await completePendingUserSite(settings, [PATTERN])).toBeNull();
  });
});

describe('a refused permission request (e.g. an origin the manifest does not allow)', () => {
  it('passes the browser error on and leaves no note behind', async () => {
    fakeBrowser.reset();
    installFakeScripting();
    const permissions = installFakePermissions();
    permissions.request.mockRejectedValueOnce(new Error('Only permissions specified in the manifest may be requested.'));
    await expect(createUserSites(localSettings()).enable(SITE)).rejects.toThrow('manifest');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
