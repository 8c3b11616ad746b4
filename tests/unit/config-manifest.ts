/**
 * The manifest wxt.config.ts asks for, per browser, without building: the config's manifest
 * function, then its `build:manifestGenerated` hook on the result with the toolbar action WXT
 * adds for the popup. (The built manifests are checked in tests/e2e/battery-manifest.test.ts.)
 */
import type { ConfigEnv, UserManifest, WxtHooks } from 'wxt';
import config from '../../wxt.config';

export type ConfigBrowser = 'chrome' | 'firefox';

export async function manifestFromConfig(browser: ConfigBrowser): Promise<Record<string, unknown>> {
  const env: ConfigEnv = {
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  };
  const declared = typeof config.manifest === 'function' ? await config.manifest(env) : await config.manifest;
  const manifest = structuredClone(declared ?? {}) as UserManifest & Record<string, Record<string, unknown>>;
  const actionKey = env.manifestVersion === 2 ? 'browser_action' : 'action';
  manifest[actionKey] = { ...manifest[actionKey], default_popup: 'popup.html', default_title: 'Grant Lens' };
  // The config writes its hooks flat ('build:manifestGenerated'), one of the shapes WXT accepts.
  const hook = (config.hooks as Partial<WxtHooks> | undefined)?.['build:manifestGenerated'];
  if (typeof hook !== 'function') throw new Error('wxt.config.ts has no build:manifestGenerated hook');
  await hook({} as never, manifest as never);
  return manifest;
}
