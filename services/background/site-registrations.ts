/**
 * Keeps the content-script registrations on the user's own sites in line with settings and
 * granted permissions: after install or update (registrations may be gone or stale), at
 * browser start, when the user revokes a site from the browser's menus, and when settings
 * change (another device may have added or removed a site). Also saves a site whose
 * permission was granted after the popup that asked for it had closed.
 */
import { browser } from 'wxt/browser';
import type { SettingsService } from '../settings';
import { completePendingUserSite, reconcileUserSiteScripts } from '../user-sites';

let queue: Promise<unknown> = Promise.resolve();

/** Runs reconciles one after another, so two never interleave their register calls. */
export function scheduleReconcile(reason: string): Promise<void> {
  const run = queue.then(reconcileUserSiteScripts).then(
    () => undefined,
    (error: unknown) => console.error(`Grant Lens: could not update site registrations (${reason})`, error),
  );
  queue = run;
  return run;
}

export function installUserSiteReconcile(settings: SettingsService): void {
  browser.runtime.onStartup.addListener(() => void scheduleReconcile('startup'));
  browser.permissions.onRemoved.addListener(() => void scheduleReconcile('permission removed'));
  // A popup closed by the permission prompt could not save the site it asked for: finish here.
  browser.permissions.onAdded.addListener((added) => {
    void completePendingUserSite(settings, added.origins ?? []).catch((error: unknown) =>
      console.error('Grant Lens: could not save the site just allowed', error),
    );
  });
}
