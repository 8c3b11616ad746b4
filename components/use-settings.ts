/**
 * The current settings in a view, live: what the settings service delivers, in the order it
 * delivers it (`null` until the first delivery). Views never keep a settings value of their
 * own from a read or a write's result: a slow read or an older write finishing late used to
 * overwrite a newer change in SiteControls and the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { NormalisedSettings } from '../core/settings';
import type { SettingsService } from '../services/settings';

export function useSettings(settings: SettingsService): NormalisedSettings | null {
  const [current, setCurrent] = useState<NormalisedSettings | null>(null);
  useEffect(() => settings.subscribe(setCurrent), [settings]);
  return current;
}
