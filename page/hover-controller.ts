/**
 * Wires the page's pointer and keyboard events to the hover state machine (hover-intent.ts)
 * and the card (a `CardSurface`, rendered by the UI layer). DOM only: no WXT, no Preact.
 *
 * - Hit-testing goes through the engine's `mentionAt(x, y)` (caret-from-point against the
 *   highlight ranges), at most once per animation frame however fast the pointer moves.
 * - Nothing here calls preventDefault, focus() or touches the selection: the page keeps its
 *   clicks, focus and selection. A click that ends a text selection does not pin a card.
 * - Inside editable fields nothing reacts, and a keystroke there starts the typing quiet time.
 */
import { tagRule } from '../core/html-rules';
import type { NavDirection } from '../core/messages';
import { ownFrameDocument } from './composed-tree';
import { isInEditable } from './editable';
import { HoverIntent, type ShowReason } from './hover-intent';
import type { HoverTimings } from './hover-timings';
import { pickMention, scrollMentionIntoView, type NavigableEngine, type NavigableMention } from './keyboard-nav';

/** What the controller needs from the page engine (page/engine.ts PageEngine fits). */
export interface HoverEngine<M> extends NavigableEngine<M> {
  mentionAt(x: number, y: number, doc?: Document): M | null;
  /** Paints the mention whose card is open as the active one; null clears. */
  setActive?(mention: M | null): void;
}

export interface ShowRequest {
  pinned: boolean;
  reason: ShowReason;
}

/** The card as the controller sees it; the UI layer implements it. */
export interface CardSurface<M> {
  /**
   * The pointer rests on a mention: a card may be shown when the dwell ends. A surface whose
   * code loads on demand (ui/lazy-card-surface.ts) starts loading it now.
   */
  prepare?(): void;
  show(mention: M, request: ShowRequest): void;
  hide(): void;
  /** Whether the event happened on the card (its host is on the event's composed path). */
  owns(event: Event): boolean;
}

export interface HoverController<M> {
  /** Keyboard command: go to the next/previous mention, scroll to it and show its card. */
  navigate(direction: NavDirection): M | null;
  /** Shows a mention's card, pinned, as the keyboard does (page/reveal.ts has scrolled to it). */
  reveal(mention: M): void;
  close(): void;
  current(): M | null;
  dispose(): void;
}

export interface HoverControllerOptions<M> {
  doc: Document;
  engine: HoverEngine<M>;
  card: CardSurface<M>;
  timings?: Partial<HoverTimings>;
}

export function attachHoverController<M extends NavigableMention>(
  options: HoverControllerOptions<M>,
): HoverController<M> {
  const { doc, engine, card } = options;
  const view = doc.defaultView!;
  /** The mention last shown (kept after closing, so "next" continues from it). */
  let lastShown: M | null = null;

  const intent = new HoverIntent<M>({
    timings: options.timings,
    show(mention, how) {
      lastShown = mention;
      engine.setActive?.(mention);
      card.show(mention, how);
    },
    hide() {
      engine.setActive?.(null);
      card.hide();
    },
  });

  let frame = 0;
  let pointerOnCard = false;
  /** Same-origin frames the engine scans for us (about:blank, srcdoc): their own listeners. */
  const frameListeners = new Map<Document, () => void>();

  function setPointerOnCard(on: boolean): void {
    if (on === pointerOnCard) return;
    pointerOnCard = on;
    if (on) intent.pointerEnteredCard();
    else intent.pointerLeftCard();
  }

  /** Pointer, click and key listeners on one document; `at` is the document hit-tested. */
  function listenTo(at: Document): () => void {
    const atView = at.defaultView!;
    /** The pointer in `at`'s own viewport, hit-tested once per frame. */
    let pending: { x: number; y: number } | undefined;

    function onPointerMove(event: PointerEvent): void {
      if (event.pointerType === 'touch') return; // touch has no hover; a tap is a click
      if (card.owns(event)) {
        setPointerOnCard(true);
        return;
      }
      setPointerOnCard(false);
      if (isInEditable(event)) {
        intent.pointerAt(null);
        return;
      }
      pending = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (!pending) return;
        const mention = engine.mentionAt(pending.x, pending.y, at);
        if (mention) card.prepare?.();
        intent.pointerAt(mention);
      });
    }

    function onPointerOut(event: PointerEvent): void {
      const to = event.relatedTarget as Element | null;
      if (to && tagRule(to.tagName) === 'frame') {
        // Into a frame: its own document gets the next events, so listen there first.
        watchFrame(to as HTMLIFrameElement);
      } else if (to !== null) {
        return; // to another element of this document: pointermove handles it
      }
      // Left this document (to a frame, the browser's chrome or another app).
      setPointerOnCard(false);
      intent.pointerAt(null);
    }

    function onClick(event: MouseEvent): void {
      if (card.owns(event)) return;
      if (isInEditable(event)) return;
      // Selecting text ends with a click; the user wanted the selection, not a card.
      const selection = atView.getSelection();
      if (selection && !selection.isCollapsed && event.detail <= 1) {
        intent.clickedElsewhere();
        return;
      }
      const mention = engine.mentionAt(event.clientX, event.clientY, at);
      if (mention) intent.clicked(mention);
      else intent.clickedElsewhere();
    }

    function onKeyDown(event: KeyboardEvent): void {
      if (event.key === 'Escape') {
        intent.escape();
        return;
      }
      if (isInEditable(event)) intent.typed();
    }

    const listen = { capture: true, passive: true } as const;
    at.addEventListener('pointermove', onPointerMove, listen);
    at.addEventListener('pointerout', onPointerOut, listen);
    at.addEventListener('click', onClick, listen);
    // Capture on the window: pages that stop keydown propagation still cannot hide Esc from us.
    atView.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      at.removeEventListener('pointermove', onPointerMove, listen);
      at.removeEventListener('pointerout', onPointerOut, listen);
      at.removeEventListener('click', onClick, listen);
      atView.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }

  /**
   * A frame the pointer entered: when it is one the engine scans from here (same origin,
   * not http(s) — those run their own content script and show their own cards), listen in it.
   */
  function watchFrame(element: HTMLIFrameElement): void {
    const frameDoc = ownFrameDocument(element);
    if (!frameDoc?.defaultView || frameListeners.has(frameDoc)) return;
    frameListeners.set(frameDoc, listenTo(frameDoc));
  }

  function onHidden(): void {
    if (doc.visibilityState === 'hidden') intent.close();
  }

  const stopListening = listenTo(doc);
  doc.addEventListener('visibilitychange', onHidden);

  return {
    navigate(direction) {
      const from = intent.state().shown ?? lastShown;
      const target = pickMention(engine, from, direction);
      if (!target) return null;
      scrollMentionIntoView(target.range);
      intent.showFromKeyboard(target);
      return target;
    },
    reveal(mention) {
      intent.showFromKeyboard(mention);
    },
    close: () => intent.close(),
    current: () => intent.state().shown,
    dispose() {
      if (frame) view.cancelAnimationFrame(frame);
      intent.dispose();
      stopListening();
      for (const stop of frameListeners.values()) stop();
      frameListeners.clear();
      doc.removeEventListener('visibilitychange', onHidden);
    },
  };
}
