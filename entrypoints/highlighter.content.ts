/**
 * The highlighter content script: wiring only. It builds the services the page needs (the
 * settings, the content channel, the card host) and runs the page highlighter
 * (ui/page-highlighter.ts) with the bundled catalogue's recognizer.
 *
 * It runs on the default portals (this manifest entry), on the user's own sites (registered at
 * runtime, services/user-sites.ts) and once on demand (services/page-channel.ts). The same
 * file can therefore arrive twice in one page: the newest copy wins and the older one disposes
 * itself (WXT's context tells it, and the instance kept on `window` is disposed too), so a page
 * never shows doubled highlights. After an extension reload or update the orphaned copy notices
 * on its next context check (the 1-second context timer in main) and removes everything it added.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SCAN_ONCE_FLAG } from '../core/messages';
import { DEFAULT_PORTAL_HOSTS } from '../core/portals';
import { unpackBundledRecognizer } from '../core/bundled-recognizer';
import { defaultSettings, pageRun } from '../core/settings';
import { createPageEngine } from '../page/engine';
import { adoptHighlightSheetEarly } from '../page/highlight';
import { clipboardFactory } from '../services/clipboard';
import { contentChannel } from '../services/content-channel';
import { watchHighlightPolicy } from '../services/highlight-policy';
import { createSettingsService, messageSettingsWriter } from '../services/settings';
import { browserLanguage } from '../services/ui-language';
import { mountHoverCards } from '../ui/hover-cards';
import { publishedCardModule } from '../ui/card-slot';
import { runPageHighlighter } from '../ui/page-highlighter';

/** Where the running instance is kept, per page and extension world. */
const INSTANCE_KEY = '__grantLensHighlighter';
/** How often a copy checks whether the extension was reloaded or removed, to clean up. */
const CONTEXT_CHECK_MS = 1_000;

interface Instance {
  dispose(): void;
}

export default defineContentScript({
  matches: DEFAULT_PORTAL_HOSTS.map((host) => `*://${host}/*`),
  allFrames: true,
  // document_start, for the highlight rules: adopted into the still empty document, they cost
  // no whole-page restyle later (page/highlight.ts adoptHighlightSheetEarly). The settings are
  // read while the page loads and the recognizer is unpacked once they allow the page; the
  // first scan waits for the complete document and an idle period (page/engine.ts start).
  runAt: 'document_start',
  main(ctx) {
    const slot = window as unknown as Record<string, unknown>;
    (slot[INSTANCE_KEY] as Instance | undefined)?.dispose();
    // With the usual look; the engine rewrites it if the user chose another or the page is dark.
    // Only into a page still loading: injected into a complete one (scan once, a copy after an
    // update) the rules would restyle the whole page at once, mention or not; there the
    // engine adopts its own once the page has a visible mention, as before.
    const earlySheet = document.readyState === 'loading' ? adoptHighlightSheetEarly(document, defaultSettings().highlightLook) : null;
    const run = pageRun(location.href, slot[SCAN_ONCE_FLAG] === true);
    delete slot[SCAN_ONCE_FLAG];

    // The page only reads settings; a writer is there for completeness (the background's queue).
    const settings = createSettingsService(messageSettingsWriter);
    const instance = runPageHighlighter({
      watchPolicy: (onChange) => watchHighlightPolicy(settings, run, onChange),
      // The recognizer is unpacked in the engine's time slices while the page loads.
      createEngine: (look, onChange) => {
        const unpacking = unpackBundledRecognizer();
        return createPageEngine({ root: document, recognizer: unpacking.recognizer, prepare: unpacking.step, look, onChange, earlySheet });
      },
      mountCards: (engine) =>
        mountHoverCards({
          engine,
          hostContext: ctx,
          settings,
          browserLanguage: browserLanguage(),
          openEntry: (id) => contentChannel.openEntry(id),
          loadCard: async () => {
            await contentChannel.loadCard();
            return publishedCardModule();
          },
          reportProblem: (message, error) => console.error(message, error),
          openPartner: (id) => contentChannel.openPartner(id),
          clipboard: clipboardFactory,
        }),
      channel: contentChannel,
      toolbarFrame: window.top === window,
      pageUrl: () => location.href,
      reportProblem: (message, error) => console.error(message, error),
      notHighlighting: () => earlySheet?.release(),
    });

    const own: Instance = {
      dispose() {
        instance.dispose();
        earlySheet?.release();
      },
    };
    slot[INSTANCE_KEY] = own;
    ctx.onInvalidated(() => {
      own.dispose();
      if (slot[INSTANCE_KEY] === own) delete slot[INSTANCE_KEY];
    });
    // SPA navigations the isolated world cannot otherwise see (WXT's location watcher: the
    // Navigation API where the browser has it, else a 1-second URL poll).
    ctx.addEventListener(window, 'wxt:locationchange', () => instance.checkNavigation());
    // Notices an extension reload, update or removal: each tick of a context timer checks the
    // context (runtime id gone → onInvalidated above). WXT's location watcher cannot be relied
    // on for that: with the Navigation API (Chromium) it never polls, and orphaned highlights
    // and cards stayed on open pages (tests/e2e/battery-bad-data.test.ts).
    ctx.setInterval(() => {}, CONTEXT_CHECK_MS);
  },
});
