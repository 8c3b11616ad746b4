/**
 * A fresh element to render Preact into for each test of a file, removed (and unmounted)
 * after it: call `preactRoot()` at the top of the file, then `show(<View … />)`.
 */
import { afterEach, beforeEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface PreactRoot {
  /** The element of the current test. */
  readonly element: HTMLElement;
  /** Renders into it (inside act, so effects have run) and returns it. */
  show(node: ComponentChild): HTMLElement;
}

export function preactRoot(): PreactRoot {
  let element: HTMLElement;
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
  });
  afterEach(() => {
    render(null, element);
    element.remove();
  });
  return {
    get element() {
      return element;
    },
    show(node) {
      act(() => render(node, element));
      return element;
    },
  };
}
