/**
 * The options page: highlighting on/off and style, UI language, the default portals and the
 * user's own sites. Each change is saved at once (entrypoints/shared/settings-store.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { pick, resolveLang, type Lang, type LangSetting } from '../../core/i18n';
import { HIGHLIGHT_LOOKS, type HighlightLook, type NormalisedSettings, type Settings } from '../../core/settings';
import { loadSettings, updateSettings, watchSettings } from '../shared/settings-store';
import { PortalSites } from './PortalSites';
import { UserSites } from './UserSites';
import { T } from './strings';
import { useSaveStatus, type SaveStatus } from './use-save-status';

export function OptionsApp() {
  const [loaded, setLoaded] = useState<NormalisedSettings | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const { status, run } = useSaveStatus();

  useEffect(() => {
    void loadSettings().then((result) => {
      setLoaded(result);
      setSettings(result.settings);
    });
    // Changes made elsewhere (the popup, another device) show up here too.
    return watchSettings(setSettings);
  }, []);

  const lang: Lang = resolveLang(settings?.uiLanguage ?? 'auto', navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = pick(T.title, lang);
  }, [lang]);

  if (!settings || !loaded) {
    return (
      <main class="options">
        <p role="status">{pick(T.loading, lang)}</p>
      </main>
    );
  }

  // Show the change at once, then what was stored: a controlled input that waited for the
  // storage round trip snapped back for a moment (and Playwright's check() saw no change).
  const save = (change: (current: Settings) => Settings) => {
    setSettings((current) => (current ? change(current) : current));
    return run(async () => setSettings(await updateSettings(change)));
  };

  return (
    <main class="options">
      <header class="options-header">
        <h1>{pick(T.title, lang)}</h1>
        <SaveIndicator status={status} lang={lang} />
      </header>

      {loaded.problems.length > 0 && (
        <div class="notice" role="note">
          <p>{pick(T.problems, lang)}</p>
          <ul>
            {loaded.problems.map((problem) => (
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
            onChange={(event) => {
              const highlightEnabled = event.currentTarget.checked;
              void save((s) => ({ ...s, highlightEnabled }));
            }}
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
                onChange={() => void save((s) => ({ ...s, highlightLook: look }))}
              />
              <label for={`look-${look}`}>{pick(T[look], lang)}</label>
            </div>
          ))}
          <LookSample look={settings.highlightLook} lang={lang} />
        </fieldset>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{pick(T.language, lang)}</h2>
        <label for="ui-language">{pick(T.languageLabel, lang)}</label>{' '}
        <select
          id="ui-language"
          value={settings.uiLanguage}
          onChange={(event) => {
            const uiLanguage = event.currentTarget.value as LangSetting;
            void save((s) => ({ ...s, uiLanguage }));
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
      <UserSites settings={settings} lang={lang} run={run} />
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

function LookSample({ look, lang }: { look: HighlightLook; lang: Lang }) {
  return (
    <p class="sample">
      {pick(T.sample, lang)} <span class={`sample-mark sample-${look}`}>{pick(T.sampleName, lang)}</span>
    </p>
  );
}
