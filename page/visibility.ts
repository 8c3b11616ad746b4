/**
 * Is the text under an element actually visible (rendered and not `visibility: hidden`)?
 * Asked once per mention, not once per element walked: hidden text is rare, mentions are few,
 * and computed style for every element of a 10 MB page would cost more than the matching.
 *
 * `aria-hidden` is deliberately not "hidden": it removes text from the accessibility tree, but
 * sighted readers still see it (decorative headings, duplicated labels), and it is text they
 * may hover. Text that is visually hidden for screen readers only (clip / 1px boxes) is
 * highlighted too; its highlight is invisible, which is harmless.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  if (typeof check === 'function') {
    // display:none anywhere above, content-visibility:hidden, closed <details>, visibility:hidden.
    return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  }
  return isRenderedByStyle(el);
}

/** The same question through computed style, for environments without checkVisibility. */
function isRenderedByStyle(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (view.getComputedStyle(n).display === 'none') return false;
  }
  return true;
}
