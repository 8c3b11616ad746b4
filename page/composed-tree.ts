/**
 * Tree helpers that see through open shadow roots and same-origin frames: the engine keeps
 * mentions in all of them and needs one document order and one notion of "inside".
 */

/** The parent in the composed tree: through a shadow root to its host, from a frame's document to the frame element. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent) {
    return isShadowRoot(parent) ? parent.host : parent;
  }
  if (isShadowRoot(node)) return node.host;
  if (node.nodeType === 9) {
    try {
      return (node as Document).defaultView?.frameElement ?? null;
    } catch {
      return null; // a cross-origin parent; never the case for frames the engine walks
    }
  }
  return null;
}

/** Whether `node` is `ancestor` or lies inside it, across shadow and frame boundaries. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n === ancestor) return true;
  }
  return false;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host != null;
}

/**
 * The chain of nodes from the top tree down to `node`, one per tree: the shadow host or
 * frame element in the outer tree, then the next one in, ending with `node`.
 */
function treeChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  for (;;) {
    let outer: Node | null = null;
    if (isShadowRoot(root)) outer = root.host;
    else if (root.nodeType === 9) outer = composedParent(root);
    if (!outer) break;
    chain.push(outer);
    root = outer.getRootNode();
  }
  return chain.reverse();
}

/** Document order across trees: negative when point a comes before point b. */
export function compareComposed(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  const ca = treeChain(a);
  const cb = treeChain(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & 4 /* FOLLOWING */) return -1;
    if (position & 2 /* PRECEDING */) return 1;
    return 0;
  }
  // One chain is a prefix of the other: a host (or frame) comes before what it renders inside.
  return ca.length - cb.length;
}

/**
 * The document of a frame this content script reads itself: same origin, and not an http(s)
 * page. Frames with an http(s) URL get their own content script (the manifest's
 * `all_frames`), so reading them here too would paint every mention twice and open two
 * cards; about:blank and srcdoc frames get none. Null for those and for cross-origin frames.
 */
export function ownFrameDocument(frame: Element): Document | null {
  let doc: Document | null = null;
  try {
    doc = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin
  }
  if (!doc || /^https?:/i.test(doc.URL)) return null;
  return doc;
}
