/**
 * Hover cards for one page: the card surface, the hover controller over the page engine, and
 * "open in catalogue". The page highlighter (ui/page-highlighter.ts) mounts them once its
 * engine runs, routes the keyboard commands and the popup's "show me" to `controller`, and
 * disposes them when it stops. What they need from the browser comes in as services.
 */
import { bundledCatalogue } from '../core/bundled-catalogue';
import { bundledPartners } from '../core/bundled-partners';
import { bundledSources } from '../core/bundled-sources';
import type { Catalogue } from '../core/catalogue';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import { resolveLang, type Lang } from '../core/i18n';
import type { Entry } from '../core/schema';
import type { GrantNumberReading, NameRef, PartnerRef } from '../core/types';
import { grantNumberInfo } from '../components/GrantNumberSection';
import { attachHoverController, type HoverController, type HoverEngine } from '../page/hover-controller';
import type { OpenCardHost } from '../services/card-host';
import type { ClipboardFactory } from '../services/clipboard';
import type { SettingsService } from '../services/settings';
import {
  createCardSurface,
  type CardContent,
  type CardPartnerContent,
  type NumberCardContent,
  type PartnerCardContent,
} from './card-surface';

/** What a mention must carry for a card (page/registry.ts PageMention fits). */
export interface CardMention {
  refs: NameRef[];
  range: AbstractRange;
  /** Set on a grant number (issue 11). */
  grant?: GrantNumberReading;
  /** The partners a partner call or a partner named alone names (issue 10). */
  partners?: readonly PartnerRef[];
}

export interface HoverCards<M> {
  controller: HoverController<M>;
  /** Removes listeners and the card host. Safe to call twice. */
  dispose(): void;
}

export interface HoverCardsOptions<M> {
  engine: HoverEngine<M>;
  /** Where the card lives on the page (services/card-host.ts). */
  openHost: OpenCardHost;
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
  catalogue?: Catalogue;
  partners?: PartnerCatalogue;
}

export async function mountHoverCards<M extends CardMention>(options: HoverCardsOptions<M>): Promise<HoverCards<M>> {
  const { engine, settings, browserLanguage, catalogue = bundledCatalogue, partners = bundledPartners } = options;
  let lang: Lang = resolveLang('auto', browserLanguage);
  let languageKnown!: () => void;
  const settingsRead = new Promise<void>((resolve) => (languageKnown = resolve));
  const stopWatching = settings.subscribe(({ settings: current }) => {
    lang = resolveLang(current.uiLanguage, browserLanguage);
    languageKnown();
  });

  let controller: HoverController<M> | null = null;
  let surface: Awaited<ReturnType<typeof createCardSurface<M>>>;
  try {
    surface = await createCardSurface<M>(options.openHost, {
      lang: () => lang,
      resolve: (mention) => cardContent(catalogue, mention, partners),
      lookups: { catalogue, partnerCatalogue: partners, registry: bundledSources },
      clipboard: options.clipboard,
      onOpenEntry: options.openEntry,
      onOpenPartner: options.openPartner,
      onClose: () => controller?.close(),
    });
  } catch (error) {
    stopWatchingQuietly();
    throw error;
  }
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

/**
 * The card for a mention: its first candidate entry, the others as alternatives, and the
 * partners a partner call names. A grant number adds what its pattern says; a number that
 * names no programme gets a number card; a partner named alone (no programme) a partner card.
 */
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention & { grant?: undefined; partners?: undefined },
  partners?: PartnerCatalogue,
): CardContent | null;
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention,
  partners?: PartnerCatalogue,
): CardContent | NumberCardContent | PartnerCardContent | null;
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention,
  partners: PartnerCatalogue = bundledPartners,
): CardContent | NumberCardContent | PartnerCardContent | null {
  const grant = mention.grant && grantNumberInfo(catalogue, mention.grant);
  const named = partnersOf(mention.partners, partners);
  const [first, ...rest] = mention.refs;
  const entry = first && catalogue.byId(first.entryId);
  if (!first || !entry) {
    if (grant) return { number: grant };
    return named ? { partnerOnly: named } : null;
  }
  const alternatives = [...new Set(rest.map((ref) => ref.entryId))]
    .filter((id) => id !== entry.id)
    .map((id) => catalogue.byId(id))
    .filter((other): other is Entry => other !== undefined);
  const content: CardContent = { shown: { entry, path: catalogue.parentChain(entry.id) }, nameRef: first, alternatives };
  if (grant) content.grant = grant;
  if (named) content.partners = named;
  return content;
}

/** The partners of the catalogue a mention names, once each, in its order; undefined for none. */
function partnersOf(refs: readonly PartnerRef[] | undefined, partners: PartnerCatalogue): CardPartnerContent | undefined {
  if (!refs || refs.length === 0) return undefined;
  const found = [...new Set(refs.map((ref) => ref.partnerId))]
    .map((id) => partners.byId(id))
    .filter((partner): partner is Partner => partner !== undefined);
  return found.length > 0 ? { partners: found, refs } : undefined;
}
