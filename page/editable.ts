/**
 * "Is the reader editing here?": one rule for every part that must keep out of the way of
 * typing. The page engine never scans what is being edited (page/dom-rules.ts), the hover
 * controller opens no card inside a field and counts a keystroke there as typing
 * (page/hover-controller.ts), and the card surface does not take keyboard focus from one
 * (ui/card-surface.tsx).
 *
 * Editable: a form field (`input`, `textarea`, `select`: core/html-rules.ts), anything inside
 * an editing host (`contenteditable` = `true`, empty or `plaintext-only`, inherited until an
 * element says `false`), and every element of a document in `designMode`. An open shadow
 * tree inside an editing host counts as editable too (the cautious reading: whether a
 * browser lets the reader edit there varies, and staying out of the way costs nothing).
 *
 * Nodes are told apart by `nodeType`, never `instanceof`: a same-origin frame's nodes come
 * from that frame's realm, with its own constructors.
 */
import { contentEditableState, tagRule } from '../core/html-rules';
import { isShadowRoot } from './composed-tree';

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

/** Whether `node` (an element, a text node, a document, or nothing) is something the reader edits. */
export function isEditable(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (inDesignMode(node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument)) return true;
  for (let n: Node | null = node; n; n = composedParentNode(n)) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const el = n as Element;
    if (tagRule(el.tagName) === 'field') return true;
    const state = contentEditableState(el.getAttribute('contenteditable'));
    if (state !== 'inherit') return state === 'editable';
  }
  return false;
}

/** Whether the reader is editing where `event` happened (its path crosses shadow roots). */
export function isInEditable(event: Event): boolean {
  const path = event.composedPath();
  return isEditable((path[0] ?? event.target) as Node | null);
}

/**
 * The element that has keyboard focus, inside open shadow roots too (`document.activeElement`
 * stops at the shadow host: a web-component editor's field would look like a plain element).
 */
export function focusedElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether this element's own `contenteditable` makes it an editing host. A top-down walk asks
 * only this (and skips the field tags by their rule): it never reaches the inside of a region
 * it skipped, so inheritance is already accounted for.
 */
export function isEditingHost(el: Element): boolean {
  return contentEditableState(el.getAttribute('contenteditable')) === 'editable';
}

/** Whether the whole document is editable (`document.designMode = 'on'`). */
export function inDesignMode(doc: Document | null): boolean {
  return doc?.designMode === 'on';
}

/** The parent, stepping from a shadow root to its host (not out of a frame's document). */
function composedParentNode(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}
