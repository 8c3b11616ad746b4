/** Options page wiring: the settings and user-site services, the browser's language. */
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createSettingsService, messageSettingsWriter } from '../../services/settings';
import { browserLanguage } from '../../services/ui-language';
import { createUserSites } from '../../services/user-sites';
import './options.css';

const settings = createSettingsService(messageSettingsWriter);

render(
  <OptionsApp settings={settings} userSites={createUserSites(settings)} browserLanguage={browserLanguage()} />,
  document.getElementById('app')!,
);
