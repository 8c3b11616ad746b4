/**
 * Hover cards for one page: the card surface, the hover controller over the page engine, the
 * keyboard commands arriving from the background, and "open in catalogue". The content script
 * calls this once after creating its engine:
 *
 *   const cards = await mountHoverCards(ctx, engine);
 *   createRevealer(engine, (mention) => cards.controller.reveal(mention));  // popup's "show me"
 *
 * Everything it adds is removed when the extension context goes away (ctx.onInvalidated).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isNavigateRequest, type OpenEntryRequest } from '../background/commands';
import { bundledCatalogue } from '../core/bundled-catalogue';
import type { Catalogue } from '../core/catalogue';
import { resolveLang, type Lang } from '../core/i18n';
import type { Entry } from '../core/schema';
import type { NameRef } from '../core/types';
import { getSettings, watchSettings } from '../entrypoints/shared/settings-store';
import { attachHoverController, type HoverController, type HoverEngine } from '../page/hover-controller';
import { createCardSurface, type CardContent } from './card-surface';

/** What a mention must carry for a card (page/registry.ts PageMention fits). */
export interface CardMention {
  refs: NameRef[];
  range: AbstractRange;
}

export interface HoverCards<M> {
  controller: HoverController<M>;
  /** Removes listeners and the card host. Safe to call twice. */
  dispose(): void;
}

export async function mountHoverCards<M extends CardMention>(
  ctx: ContentScriptContext,
  engine: HoverEngine<M>,
  catalogue: Catalogue = bundledCatalogue,
): Promise<HoverCards<M>> {
  let lang: Lang = resolveLang('auto', navigator.language);
  const settingsLoaded = getSettings()
    .then((settings) => (lang = resolveLang(settings.uiLanguage, navigator.language)))
    .catch(() => {
      // Settings unreadable (storage disabled): the browser's language it is.
    });
  const stopWatching = watchSettings((settings) => {
    lang = resolveLang(settings.uiLanguage, navigator.language);
  });

  let controller: HoverController<M> | null = null;
  const surface = await createCardSurface<M>(ctx, {
    lang: () => lang,
    resolve: (mention) => cardContent(catalogue, mention),
    onOpenEntry(id) {
      const request: OpenEntryRequest = { type: 'grant-lens:open-entry', id };
      void browser.runtime.sendMessage(request).catch(() => {
        // The extension was reloaded under the page: the card is stale; nothing to open with.
      });
    },
    onClose: () => controller?.close(),
  });
  controller = attachHoverController({ doc: document, engine, card: surface });
  await settingsLoaded;

  const onMessage = (message: unknown) => {
    if (isNavigateRequest(message)) controller?.navigate(message.direction);
    return undefined; // no reply: other listeners (the engine's) answer their own messages
  };
  browser.runtime.onMessage.addListener(onMessage);

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    // The page's listeners and the card first: after an extension reload or removal the
    // runtime is gone and touching it throws ("Extension context invalidated"), which used to
    // abort this cleanup and leave the card's listeners and highlights on the page.
    controller?.dispose();
    surface.dispose();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      stopWatching();
    } catch {
      // Orphaned: the runtime's listeners went with it.
    }
  };
  ctx.onInvalidated(dispose);

  return { controller, dispose };
}

/** The card for a mention: its first candidate entry, the others as alternatives. */
export function cardContent(catalogue: Catalogue, mention: CardMention): CardContent | null {
  const [first, ...rest] = mention.refs;
  const entry = first && catalogue.byId(first.entryId);
  if (!first || !entry) return null;
  const alternatives = [...new Set(rest.map((ref) => ref.entryId))]
    .filter((id) => id !== entry.id)
    .map((id) => catalogue.byId(id))
    .filter((other): other is Entry => other !== undefined);
  return { shown: { entry, path: catalogue.parentChain(entry.id) }, nameRef: first, alternatives };
}
