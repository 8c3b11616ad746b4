/**
 * The hover card's host on the page: one shadow root (WXT's createShadowRootUi) under the
 * element tag ui/card-surface.tsx names, which the page engine never scans. Mounted on the
 * first card, not at start: pages that are only read get no node.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export interface CardHostOptions {
  /** The host element's tag name. */
  name: string;
  /**
   * The card's CSS, as text: a content script registered at run time (the user's own sites)
   * cannot load a cssInjectionMode 'ui' stylesheet.
   */
  css: string;
  onMount(container: HTMLElement): void;
  onRemove(): void;
}

export interface CardHost {
  readonly shadowHost: HTMLElement;
  readonly shadow: ShadowRoot;
  mount(): void;
  remove(): void;
}

export type OpenCardHost = (options: CardHostOptions) => Promise<CardHost>;

/** The content script's context, which the host is tied to (removed when it is invalidated). */
export type CardHostContext = ContentScriptContext;

/**
 * The host factory for one content-script context. Called in the card script (entrypoints/card.ts
 * hands it to the card module) with the content script's context: WXT's shadow-root UI and its
 * helpers (about 2.5 KB gzip) load with the card, not on every page (issue 12).
 */
export function cardHostOpener(ctx: CardHostContext): OpenCardHost {
  return async (options) => {
    const ui = await createShadowRootUi(ctx, {
      name: options.name,
      position: 'inline',
      // No <body> in a frameset page: the root element still takes the host.
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      css: options.css,
      onMount: (container) => options.onMount(container),
      onRemove: () => options.onRemove(),
    });
    return {
      get shadowHost() {
        return ui.shadowHost;
      },
      get shadow() {
        return ui.shadow;
      },
      mount: () => ui.mount(),
      remove: () => ui.remove(),
    };
  };
}
