/**
 * The options page: highlighting on/off and its look, UI language, the default portals and
 * the user's own sites. Each change is saved at once (services/settings.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pick, resolveLang, type Lang } from '../../core/i18n';
import {
  HIGHLIGHT_LOOKS,
  UI_LANGUAGES,
  applySettingsChange,
  type SettingsChange,
} from '../../core/settings';
import type { SettingsService } from '../../services/settings';
import type { UserSites as UserSitesService } from '../../services/user-sites';
import { useSettings } from '../use-settings';
import { LookPreview } from './LookPreview';
import { PortalSites } from './PortalSites';
import { UserSites } from './UserSites';
import { T } from './strings';
import { useSaveStatus, type SaveStatus } from './use-save-status';

export interface OptionsAppProps {
  settings: SettingsService;
  userSites: UserSitesService;
  /** The browser's language, for the "auto" language setting (services/ui-language.ts). */
  browserLanguage: string;
}

export function OptionsApp({ settings: settingsService, userSites, browserLanguage }: OptionsAppProps) {
  const stored = useSettings(settingsService);
  /**
   * Changes sent but not yet stored, shown at once over what is stored: a controlled input that
   * waited for the storage round trip snapped back for a moment (and Playwright's check() saw
   * no change). Each leaves once its update has resolved, by which time the subscription
   * delivers the stored result; what is shown never comes from a read of its own.
   */
  const [pending, setPending] = useState<{ id: number; change: SettingsChange }[]>([]);
  const nextPending = useRef(0);
  /** The problems found in what was stored when the page opened (named until it is closed). */
  const loadProblems = useRef<string[] | null>(null);
  if (stored && loadProblems.current === null) loadProblems.current = stored.problems;
  const problems = loadProblems.current;
  const { status, run } = useSaveStatus();

  const settings = stored && pending.reduce((shown, { change }) => applySettingsChange(shown, change), stored.settings);
  const lang: Lang = resolveLang(settings?.uiLanguage ?? 'auto', browserLanguage);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = pick(T.title, lang);
  }, [lang]);

  if (!settings) {
    return (
      <main class="options">
        <p role="status">{pick(T.loading, lang)}</p>
      </main>
    );
  }

  const save = (change: SettingsChange) => {
    const id = ++nextPending.current;
    setPending((list) => [...list, { id, change }]);
    return run(() =>
      settingsService.update(change).finally(() => setPending((list) => list.filter((item) => item.id !== id))),
    );
  };

  return (
    <main class="options">
      <header class="options-header">
        <h1>{pick(T.title, lang)}</h1>
        <SaveIndicator status={status} lang={lang} />
      </header>

      {problems && problems.length > 0 && (
        <div class="notice" role="note">
          <p>{pick(T.problems, lang)}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="highlighting-heading">
        <h2 id="highlighting-heading">{pick(T.highlighting, lang)}</h2>
        <div class="field">
          <input
            id="highlight-enabled"
            type="checkbox"
            checked={settings.highlightEnabled}
            aria-describedby="highlight-enabled-hint"
            onChange={(event) => void save({ kind: 'highlight-enabled', on: event.currentTarget.checked })}
          />
          <label for="highlight-enabled">{pick(T.highlightEnabled, lang)}</label>
          <p id="highlight-enabled-hint" class="hint">
            {pick(T.highlightEnabledHint, lang)}
          </p>
        </div>
        <fieldset>
          <legend>{pick(T.look, lang)}</legend>
          {HIGHLIGHT_LOOKS.map((look) => (
            <div class="choice" key={look}>
              <input
                id={`look-${look}`}
                type="radio"
                name="highlight-look"
                value={look}
                checked={settings.highlightLook === look}
                onChange={() => void save({ kind: 'look', look })}
              />
              <label for={`look-${look}`}>{pick(T[look], lang)}</label>
            </div>
          ))}
          <p class="hint">{pick(T.lookHint, lang)}</p>
          <LookPreview look={settings.highlightLook} lang={lang} />
        </fieldset>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{pick(T.language, lang)}</h2>
        <label for="ui-language">{pick(T.languageLabel, lang)}</label>{' '}
        <select
          id="ui-language"
          value={settings.uiLanguage}
          onChange={(event) => {
            const language = UI_LANGUAGES.find((choice) => choice === event.currentTarget.value);
            if (language) void save({ kind: 'ui-language', language });
          }}
        >
          <option value="auto">{pick(T.langAuto, lang)}</option>
          <option value="zh" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </section>

      <PortalSites settings={settings} lang={lang} save={save} />
      <UserSites settings={settings} userSites={userSites} lang={lang} run={run} />
    </main>
  );
}

function SaveIndicator({ status, lang }: { status: SaveStatus; lang: Lang }) {
  let text = '';
  if (status.state === 'saving') text = pick(T.saving, lang);
  else if (status.state === 'saved') text = `✓ ${pick(T.saved, lang)}`;
  else if (status.state === 'failed') text = pick(T.saveFailed, lang) + status.message;
  return (
    <p class={`save-status save-${status.state}`} role="status" data-testid="save-status">
      {text}
    </p>
  );
}
