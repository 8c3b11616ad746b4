/**
 * The user's own sites: add (validated, then the browser's permission prompt), remove (the
 * permission is given back), and a way back for a site whose access was withdrawn in the
 * browser's own menus.
 */
import { useEffect, useState } from 'preact/hooks';
import { pick, type Lang } from '../../core/i18n';
import { isDefaultPortalHost } from '../../core/portals';
import type { Settings } from '../../core/settings';
import { originHost, parseSiteOrigin } from '../../core/site-origin';
import type { UserSites as UserSitesService } from '../../services/user-sites';
import { SITE_PROBLEMS, T, fill } from './strings';

type SiteProblem = keyof typeof SITE_PROBLEMS;

interface Props {
  settings: Settings;
  /** Permissions and registrations (services/user-sites.ts). */
  userSites: UserSitesService;
  lang: Lang;
  run: (save: () => Promise<boolean | void>) => Promise<void>;
}

export function UserSites({ settings, userSites, lang, run }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<SiteProblem | null>(null);
  const granted = useGrantedSites(userSites, settings.userSites);

  function add(event: Event) {
    event.preventDefault();
    const parsed = parseSiteOrigin(draft);
    const refusal: SiteProblem | null = !parsed.ok
      ? parsed.problem
      : isDefaultPortalHost(originHost(parsed.origin))
        ? 'portal'
        : settings.userSites.includes(parsed.origin)
          ? 'duplicate'
          : null;
    if (!parsed.ok || refusal) {
      setProblem(refusal);
      return;
    }
    setProblem(null);
    // enable asks for the permission before anything else: still inside this click.
    void run(async () => {
      const result = await userSites.enable(parsed.origin);
      if (result === 'denied') {
        setProblem('denied');
        return false;
      }
      setDraft('');
      return true;
    });
  }

  const problemText = problem ? pick(SITE_PROBLEMS[problem], lang) : '';

  return (
    <section aria-labelledby="user-sites-heading">
      <h2 id="user-sites-heading">{pick(T.userSites, lang)}</h2>
      <p id="user-sites-hint" class="hint">
        {pick(T.userSitesHint, lang)}
      </p>

      {settings.userSites.length === 0 ? (
        <p class="empty">{pick(T.noSites, lang)}</p>
      ) : (
        <ul class="site-list" aria-labelledby="user-sites-heading">
          {settings.userSites.map((origin) => (
            <li key={origin} class="user-site">
              <span class="host">{origin}</span>
              {granted[origin] === false && (
                <>
                  <span class="warning">{pick(T.noAccess, lang)}</span>
                  <button
                    type="button"
                    aria-label={fill(pick(T.allowSite, lang), { site: origin })}
                    onClick={() => void run(async () => (await userSites.enable(origin)) === 'enabled')}
                  >
                    {pick(T.allow, lang)}
                  </button>
                </>
              )}
              <button
                type="button"
                aria-label={fill(pick(T.removeSite, lang), { site: origin })}
                onClick={() => void run(() => userSites.disable(origin))}
              >
                {pick(T.remove, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-address">{pick(T.siteAddress, lang)}</label>
        <div class="add-row">
          <input
            id="site-address"
            type="text"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            placeholder="kyc.example.edu.cn"
            value={draft}
            aria-invalid={problem !== null}
            aria-describedby="site-address-hint site-address-problem"
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (problem) setProblem(null);
            }}
          />
          <button type="submit">{pick(T.add, lang)}</button>
        </div>
        <p id="site-address-hint" class="hint">
          {pick(T.siteAddressHint, lang)}
        </p>
        <p id="site-address-problem" class="problem" aria-live="assertive">
          {problemText}
        </p>
      </form>
    </section>
  );
}

/**
 * Which of the sites the browser currently grants; refreshed when the list changes and when
 * permissions change (granted here, or withdrawn in the browser's own menus meanwhile).
 */
function useGrantedSites(userSites: UserSitesService, origins: string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [permissionChanges, setPermissionChanges] = useState(0);
  useEffect(() => userSites.onPermissionsChanged(() => setPermissionChanges((n) => n + 1)), [userSites]);
  const key = origins.join(' ');
  useEffect(() => {
    let current = true;
    void Promise.all(origins.map((origin) => userSites.hasPermission(origin))).then((answers) => {
      if (current) setGranted(Object.fromEntries(origins.map((origin, i) => [origin, answers[i]])));
    });
    return () => {
      current = false;
    };
  }, [key, permissionChanges]);
  return granted;
}
