/** The default grant portals, each switchable (off = listed in `disabledPortals`). */
import { pick, type Lang } from '../../core/i18n';
import { DEFAULT_PORTAL_HOSTS } from '../../core/portals';
import type { Settings, SettingsChange } from '../../core/settings';
import { PORTAL_NAMES, T } from './strings';

interface Props {
  settings: Settings;
  lang: Lang;
  save: (change: SettingsChange) => Promise<void>;
}

export function PortalSites({ settings, lang, save }: Props) {
  return (
    <section aria-labelledby="portals-heading">
      <h2 id="portals-heading">{pick(T.portals, lang)}</h2>
      <p id="portals-hint" class="hint">
        {pick(T.portalsHint, lang)}
      </p>
      <ul class="site-list" aria-describedby="portals-hint">
        {DEFAULT_PORTAL_HOSTS.map((host) => {
          const id = `portal-${host.replace(/\W/g, '-')}`;
          return (
            <li key={host} class="field">
              <input
                id={id}
                type="checkbox"
                checked={!settings.disabledPortals.includes(host)}
                onChange={(event) => void save({ kind: 'portal', host, on: event.currentTarget.checked })}
              />
              <label for={id}>
                <span class="host">{host}</span>
                <span class="hint">{pick(PORTAL_NAMES[host], lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
