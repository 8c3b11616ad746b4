/**
 * Hover cards for one page: the hover controller over the page engine, and a card surface
 * that loads the card script on demand (ui/lazy-card-surface.ts; docs/architecture.md, «The
 * card on demand»). The page highlighter (ui/page-highlighter.ts) mounts them once its engine
 * runs, routes the keyboard commands and the popup's "show me" to `controller`, and disposes
 * them when it stops. What they need from the browser comes in as services.
 *
 * Only types come from the card's own modules: importing a value from them would put the
 * whole card back into the content script (tests/unit/import-graph.test.ts checks).
 */
import { resolveLang, type Lang } from '../core/i18n';
import { attachHoverController, type HoverController, type HoverEngine } from '../page/hover-controller';
import type { CardHostContext } from '../services/card-host';
import type { ClipboardFactory } from '../services/clipboard';
import type { SettingsService } from '../services/settings';
import type { CardMention } from './card-content';
import type { CardModule } from './card-module';
import { lazyCardSurface } from './lazy-card-surface';

export interface HoverCards<M> {
  controller: HoverController<M>;
  /** Removes listeners and the card host. Safe to call twice. */
  dispose(): void;
}

export interface HoverCardsOptions<M> {
  engine: HoverEngine<M>;
  /**
   * The content script's context, in which the card module opens the card's host
   * (services/card-host.ts, loaded with the card).
   */
  hostContext: CardHostContext;
  /** For the card's language (the `uiLanguage` setting, followed while the page is open). */
  settings: SettingsService;
  /** The browser's language, for the "auto" setting (services/ui-language.ts). */
  browserLanguage: string;
  /** A card's "open in catalogue" (services/content-channel.ts). */
  openEntry(id: string): void;
  /** A partner section's "open this partner in the catalogue" (services/content-channel.ts). */
  openPartner(id: string): void;
  /** The card's clipboard (services/clipboard.ts). */
  clipboard: ClipboardFactory;
  /** The card module, loaded on demand (the content script injects the card script). */
  loadCard(): Promise<CardModule>;
  /** A card that could not load (the card script failed): logged, never thrown at the page. */
  reportProblem(message: string, error: unknown): void;
}

export async function mountHoverCards<M extends CardMention>(options: HoverCardsOptions<M>): Promise<HoverCards<M>> {
  const { engine, settings, browserLanguage } = options;
  let lang: Lang = resolveLang('auto', browserLanguage);
  let languageKnown!: () => void;
  const settingsRead = new Promise<void>((resolve) => (languageKnown = resolve));
  const stopWatching = settings.subscribe(({ settings: current }) => {
    lang = resolveLang(current.uiLanguage, browserLanguage);
    languageKnown();
  });

  let controller: HoverController<M> | null = null;
  const surface = lazyCardSurface<M>(
    async () =>
      (await options.loadCard()).createSurface<M>(options.hostContext, {
        lang: () => lang,
        clipboard: options.clipboard,
        onOpenEntry: options.openEntry,
        onOpenPartner: options.openPartner,
        onClose: () => controller?.close(),
      }),
    (error) => options.reportProblem('Grant Lens: the card could not load', error),
  );
  controller = attachHoverController({ doc: document, engine, card: surface });
  await settingsRead;

  function stopWatchingQuietly(): void {
    try {
      stopWatching();
    } catch {
      // Orphaned by an extension reload: the storage listeners went with the runtime.
    }
  }

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    // The page's listeners and the card first: after an extension reload or removal the
    // runtime is gone and touching it throws ("Extension context invalidated"), which used to
    // abort this cleanup and leave the card's listeners and highlights on the page.
    controller?.dispose();
    surface.dispose();
    stopWatchingQuietly();
  };

  return { controller, dispose };
}
