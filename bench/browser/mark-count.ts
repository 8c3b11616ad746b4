/**
 * Counts mark.js matches after it ran: with `acrossElements` one match spanning <b>重点</b>…
 * becomes several <mark> elements, so count runs of marked text (a marked text node not
 * directly after another marked one in document order starts a new match).
 */
export function countMarkRuns(root: HTMLElement): number {
  let runs = 0;
  let previousMarked = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).length === 0) continue;
    const marked = node.parentElement?.closest('mark[data-markjs]') != null;
    if (marked && !previousMarked) runs++;
    previousMarked = marked;
  }
  return runs;
}
