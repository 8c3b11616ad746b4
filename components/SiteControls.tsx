/**
 * Popup section for the page the popup was opened on: "Highlight on this site". A default
 * portal is switched through settings; any other site asks the browser for access at this
 * click and registers the highlighter there. "Scan this page once" is PagePanel's, right under
 * this section (both sections offering it showed two identical buttons in one popup).
 * Bilingual; takes `lang`.
 */
import { useState } from 'preact/hooks';
import { pick, type Lang } from '../core/i18n';
import { siteSwitchFor, type SiteSwitch } from '../core/settings';
import { originHost } from '../core/site-origin';
import type { PageChannel } from '../services/page-channel';
import type { SettingsService } from '../services/settings';
import type { UserSites } from '../services/user-sites';
import { useActiveTab } from './use-active-tab';
import { useSettings } from './use-settings';
import './page-sections.css';

const T = {
  heading: { en: 'This site', zh: '本网站' },
  toggle: { en: 'Highlight on this site', zh: '在本网站标注' },
  portalHint: { en: 'A grant portal: on unless you switch it off.', zh: '资助机构网站：默认开启，可关闭。' },
  siteOffHint: {
    en: 'Switching on asks your browser to let Grant Lens read this site on every visit.',
    zh: '开启时，浏览器会请您允许 Grant Lens 在每次访问时读取本网站。',
  },
  siteOnHint: { en: 'Switching off takes that access back.', zh: '关闭即收回访问权限。' },
  globallyOff: {
    en: 'Highlighting is switched off for every site in Settings.',
    zh: '设置中已关闭所有网站的标注。',
  },
  denied: { en: 'Access was not granted; nothing changed.', zh: '未获得访问权限，设置未改变。' },
  failed: { en: 'That did not work: ', zh: '操作失败：' },
};

type Message = { kind: 'problem'; text: string } | null;

export interface SiteControlsProps {
  lang: Lang;
  settings: SettingsService;
  userSites: UserSites;
  page: PageChannel;
}

export function SiteControls({ lang, settings: settingsService, userSites, page }: SiteControlsProps) {
  const tab = useActiveTab(page);
  const settings = useSettings(settingsService)?.settings ?? null;
  const [busy, setBusy] = useState(false);
  /** The switch's new position while its action runs, so it does not snap back meanwhile. */
  const [pendingOn, setPendingOn] = useState<boolean | null>(null);
  const [message, setMessage] = useState<Message>(null);

  if (tab === undefined || settings === null) return null;
  const found = siteSwitchFor(settings, tab?.url);
  // Browser and extension pages: nothing to switch (OnThisPage already says Grant Lens cannot run there).
  if (found.kind === 'unsupported') return null;
  const site: Exclude<SiteSwitch, { kind: 'unsupported' }> = found;

  /** Runs one action with a busy state and a message; errors are shown, not swallowed. */
  function act(action: () => Promise<Message>) {
    setBusy(true);
    setMessage(null);
    // `action` starts synchronously here, so a permission request in it keeps the click's gesture.
    action().then(
      (done) => setMessage(done),
      (error: unknown) => setMessage({ kind: 'problem', text: pick(T.failed, lang) + String(error instanceof Error ? error.message : error) }),
    ).finally(() => {
      setBusy(false);
      setPendingOn(null);
    });
  }

  function toggle() {
    if (!tab) return;
    setPendingOn(!site.on);
    const tabId = tab.id;
    if (site.kind === 'portal') {
      act(async () => {
        await settingsService.update({ kind: 'portal', host: site.host, on: !site.on });
        return null;
      });
    } else if (site.on) {
      act(async () => {
        await userSites.disable(site.origin);
        return null;
      });
    } else {
      act(async () => {
        // First call: the browser's permission prompt, while this click still counts.
        if ((await userSites.enable(site.origin)) === 'denied') return { kind: 'problem', text: pick(T.denied, lang) };
        // Highlight now, not only from the next visit: as a user site, so switching it off
        // again clears the page at once.
        await page.highlightNow(tabId);
        return null;
      });
    }
  }

  const host = site.kind === 'portal' ? site.host : originHost(site.origin);
  const hint = site.kind === 'portal' ? T.portalHint : site.on ? T.siteOnHint : T.siteOffHint;

  return (
    <section class="gl-section gl-site-controls" aria-labelledby="gl-site-heading">
      <h2 id="gl-site-heading" class="gl-section-heading">
        {pick(T.heading, lang)}
        <span class="gl-site-host"> · {host}</span>
      </h2>
      <label class="gl-switch">
        <input
          type="checkbox"
          role="switch"
          checked={pendingOn ?? site.on}
          disabled={busy}
          aria-describedby="gl-site-hint"
          onChange={toggle}
        />
        <span>{pick(T.toggle, lang)}</span>
      </label>
      <p id="gl-site-hint" class="gl-hint">
        {pick(hint, lang)}
      </p>
      {!settings.highlightEnabled && <p class="gl-hint gl-warning">{pick(T.globallyOff, lang)}</p>}
      <p class={`gl-message ${message?.kind === 'problem' ? 'gl-problem' : ''}`} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

