/**
 * The popup's sections about the page it was opened on, in the order a reader needs them
 * (issue 14: the switch used to sit about 1,050 px down a 600 px popup): the site switch and
 * "Scan this page once" first, then what the page mentions. One owner (use-page-mentions.ts)
 * asks the page, so the scan button and the list agree. Bilingual; takes `lang`.
 */
import { pick, type Lang } from '../core/i18n';
import type { PageChannel } from '../services/page-channel';
import type { SettingsService } from '../services/settings';
import type { UserSites } from '../services/user-sites';
import { OnThisPage } from './OnThisPage';
import { SiteControls } from './SiteControls';
import { usePageMentions, type PageMentions } from './use-page-mentions';
import './page-sections.css';

const T = {
  scan: { en: 'Scan this page once', zh: '扫描本页一次' },
  scanHint: {
    en: 'Grant Lens is not reading this page; a scan marks what it mentions until you reload it.',
    zh: 'Grant Lens 尚未读取本页；扫描后会标注本页提到的项目，直到页面重新载入。',
  },
  scanFailed: { en: 'The page could not be scanned: ', zh: '无法扫描本页：' },
};

export interface PagePanelProps {
  lang: Lang;
  settings: SettingsService;
  userSites: UserSites;
  page: PageChannel;
  /** Called after a reveal was sent (the popup closes so the page can be read). */
  close?: () => void;
}

export function PagePanel({ lang, settings, userSites, page, close }: PagePanelProps) {
  const mentions = usePageMentions(page);
  return (
    <>
      <SiteControls lang={lang} settings={settings} userSites={userSites} page={page} />
      <ScanOnce lang={lang} mentions={mentions} />
      <OnThisPage lang={lang} mentions={mentions} page={page} close={close} />
    </>
  );
}

/** "Scan this page once", offered while no content script answers on the page. */
export function ScanOnce({ lang, mentions }: { lang: Lang; mentions: PageMentions }) {
  const { state } = mentions;
  if (state.kind !== 'no-script') return null;
  return (
    <div class="gl-scan-once">
      <button type="button" class="gl-button" aria-describedby="gl-scan-hint" onClick={() => void mentions.scan()}>
        {pick(T.scan, lang)}
      </button>
      <p id="gl-scan-hint" class="gl-hint">
        {pick(T.scanHint, lang)}
      </p>
      {state.problem && (
        <p class="gl-message gl-problem" role="alert">
          {pick(T.scanFailed, lang)}
          {state.problem}
        </p>
      )}
    </div>
  );
}
