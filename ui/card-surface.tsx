/**
 * The hover card on the page: one shadow-root host (services/card-host.ts, tag UI_HOST_TAG,
 * which the page engine never scans), a Preact render of MentionCard inside it, a polite live
 * region that announces each card, and floating-ui keeping the card beside its mention.
 *
 * The CSS is imported `?inline` and handed to the host: a content script registered at run
 * time (the user's own sites) cannot load a cssInjectionMode 'ui' stylesheet.
 * The host is mounted on the first card, not at start: pages that are only read get no node.
 */
import { render, type ComponentChild } from 'preact';
import cardCss from '../components/MentionCard.css?inline';
import { GrantNumberCard } from '../components/GrantNumberCard';
import type { GrantNumberInfo } from '../components/GrantNumberSection';
import { CardPartners } from '../components/CardPartners';
import { ClipboardContext } from '../components/clipboard-context';
import { MentionCard, type CardEntry } from '../components/MentionCard';
import { PartnerCard } from '../components/PartnerCard';
import type { Catalogue } from '../core/catalogue';
import { pick, type Lang } from '../core/i18n';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { Entry } from '../core/schema';
import type { SourceRegistry } from '../core/sources';
import type { NameRef, PartnerRef } from '../core/types';
import { UI_HOST_TAG } from '../page/constants';
import { focusedElement, isEditable } from '../page/editable';
import type { CardSurface, ShowRequest } from '../page/hover-controller';
import { followMention, rangeReference } from '../page/hover-position';
import type { CardHost, OpenCardHost } from '../services/card-host';
import type { ClipboardFactory } from '../services/clipboard';

/** What the card shows for one mention, resolved from the catalogue. */
export interface CardContent {
  shown: CardEntry;
  nameRef: NameRef;
  alternatives: Entry[];
  /** Set when the mention is a grant number (issue 11). */
  grant?: GrantNumberInfo;
  /** Set when the mention is a partner call (issue 10): the partners it names. */
  partners?: CardPartnerContent;
}

/** The partners a mention names (several for an ambiguous 中X prefix), and how the page named them. */
export interface CardPartnerContent {
  partners: readonly Partner[];
  refs: readonly PartnerRef[];
}

/** What the card shows for a grant number that names no programme of the catalogue. */
export interface NumberCardContent {
  number: GrantNumberInfo;
}

/** What the card shows for a partner named alone, with no programme (德国研究联合会). */
export interface PartnerCardContent {
  partnerOnly: CardPartnerContent;
}

/** What a partner section needs to look up: the three bundled catalogues, as the host was given them. */
export interface PartnerLookups {
  partnerCatalogue: PartnerCatalogue;
  catalogue: Catalogue;
  registry: SourceRegistry;
}

export interface CardSurfaceOptions<M> {
  lang(): Lang;
  /** Catalogue lookup for a mention; null when its entry is unknown (then no card). */
  resolve(mention: M): CardContent | NumberCardContent | PartnerCardContent | null;
  /** Where a partner section looks names, facts and sources up. */
  lookups: PartnerLookups;
  /** The card's clipboard (services/clipboard.ts), given the card's own layer for its fallback. */
  clipboard: ClipboardFactory;
  onOpenEntry(id: string): void;
  onOpenPartner(id: string): void;
  /** The close button (the controller closes its state machine, which calls hide). */
  onClose(): void;
}

const T = {
  announce: { zh: '项目说明：', en: 'Programme card: ' },
  announceNumber: { zh: '项目编号：', en: 'Grant number: ' },
  announcePartner: { zh: '合作伙伴：', en: 'Partner: ' },
  escCloses: { zh: '按 Esc 关闭。', en: 'Press Esc to close.' },
};

export interface MountedCardSurface<M extends { range: AbstractRange }> extends CardSurface<M> {
  dispose(): void;
}

export async function createCardSurface<M extends { range: AbstractRange }>(
  openHost: OpenCardHost,
  options: CardSurfaceOptions<M>,
): Promise<MountedCardSurface<M>> {
  let layer: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;
  /** Where focus was before a keyboard-opened card took it, to give it back on close. */
  let focusBefore: HTMLElement | null = null;

  // Copies fall back to a selection inside the card's own layer (never the page's DOM).
  const clipboard = options.clipboard(() => layer);

  const ui: CardHost = await openHost({
    name: UI_HOST_TAG,
    css: cardCss,
    onMount(container) {
      layer = document.createElement('div');
      layer.className = 'gl-layer';
      container.append(layer);
      renderLayer(null, '');
    },
    onRemove() {
      if (layer) render(null, layer);
      layer = null;
    },
  });

  function renderLayer(card: ComponentChild, announcement: string): void {
    if (!layer) return;
    render(
      <ClipboardContext.Provider value={clipboard}>
        <div class="gl-visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
        {card}
      </ClipboardContext.Provider>,
      layer,
    );
  }

  function cardElement(): HTMLElement | null {
    return layer?.querySelector<HTMLElement>('.gl-card') ?? null;
  }

  function stopPlacing(): void {
    stopFollowing?.();
    stopFollowing = null;
  }

  return {
    show(mention: M, request: ShowRequest) {
      const content = options.resolve(mention);
      if (!content) return;
      if (!layer || !ui.shadowHost.isConnected) {
        // First card, or the page threw our host away (a framework re-rendering <body>).
        if (layer) ui.remove();
        ui.mount();
      }
      const lang = options.lang();
      stopPlacing();
      const partnerProps = (partners: CardPartnerContent) => ({
        partners: partners.partners,
        refs: partners.refs,
        lang,
        ...options.lookups,
        onOpenPartner: options.onOpenPartner,
      });
      if ('partnerOnly' in content) {
        const { partners } = content.partnerOnly;
        const names = partners.map((partner) => options.lookups.partnerCatalogue.displayName(partner.id, lang) ?? partner.id);
        renderLayer(
          <PartnerCard
            key={`${partners.map((partner) => partner.id).join(' ')}:${mention.range.startOffset}`}
            {...partnerProps(content.partnerOnly)}
            pinned={request.pinned}
            onClose={options.onClose}
          />,
          `${pick(T.announcePartner, lang)}${names.join(lang === 'zh' ? '、' : ', ')}. ${pick(T.escCloses, lang)}`,
        );
      } else if ('number' in content) {
        // A grant number that is none of the catalogue's programmes (issue 11).
        const { reading } = content.number;
        renderLayer(
          <GrantNumberCard
            key={`${reading.number}:${mention.range.startOffset}`}
            info={content.number}
            lang={lang}
            pinned={request.pinned}
            onClose={options.onClose}
          />,
          `${pick(T.announceNumber, lang)}${reading.number}, ${pick(content.number.text.label, lang)}. ${pick(T.escCloses, lang)}`,
        );
      } else {
        const { entry } = content.shown;
        const announcement = `${pick(T.announce, lang)}${entry.name.zh}, ${entry.name.en[0].text}. ${pick(T.escCloses, lang)}`;
        renderLayer(
          <MentionCard
            key={`${entry.id}:${mention.range.startOffset}`}
            shown={content.shown}
            nameRef={content.nameRef}
            alternatives={content.alternatives}
            grant={content.grant}
            partners={content.partners && <CardPartners {...partnerProps(content.partners)} programmeId={entry.id} />}
            lang={lang}
            pinned={request.pinned}
            onClose={options.onClose}
            onOpenEntry={options.onOpenEntry}
          />,
          announcement,
        );
      }
      const card = cardElement();
      if (!card) return;
      const reference = rangeReference(mention.range, document);
      stopFollowing = followMention(reference, card);
      if (request.reason === 'keyboard' && !isEditable(focusedElement(document))) {
        // The user asked for the card from the keyboard: take them to its buttons (a
        // non-modal dialog; Esc gives focus back). Hover and click never move focus.
        if (!ui.shadow.activeElement) focusBefore = focusedElement(document) as HTMLElement | null;
        card.focus({ preventScroll: true });
      }
    },
    hide() {
      stopPlacing();
      const hadFocus = ui.shadow.activeElement !== null;
      renderLayer(null, '');
      if (hadFocus && focusBefore?.isConnected) focusBefore.focus({ preventScroll: true });
      focusBefore = null;
    },
    owns(event: Event) {
      return event.composedPath().includes(ui.shadowHost);
    },
    dispose() {
      stopPlacing();
      ui.remove();
    },
  };
}
