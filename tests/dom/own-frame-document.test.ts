/**
 * Which frames' documents this content script reads itself (page/composed-tree.ts
 * ownFrameDocument): the one rule the engine's scan, the registry's document order and the
 * hover controller's frame listeners follow.
 */
import { describe, expect, it } from 'vitest';
import { ownFrameDocument } from '../../page/composed-tree';

/** A frame element whose contentDocument is `doc`, or throws as a cross-origin one may. */
const frame = (doc: { URL: string } | null | 'cross-origin') =>
  ({
    get contentDocument() {
      if (doc === 'cross-origin') throw new DOMException('Blocked a frame', 'SecurityError');
      return doc;
    },
  }) as unknown as Element;

describe('ownFrameDocument', () => {
  it('reads about:blank and srcdoc frames (no content script of their own)', () => {
    const blank = { URL: 'about:blank' };
    const srcdoc = { URL: 'about:srcdoc' };
    expect(ownFrameDocument(frame(blank))).toBe(blank);
    expect(ownFrameDocument(frame(srcdoc))).toBe(srcdoc);
  });

  it('leaves http(s) frames to their own content script, and cross-origin ones alone', () => {
    expect(ownFrameDocument(frame({ URL: 'https://www.nsfc.gov.cn/frame.html' }))).toBeNull();
    expect(ownFrameDocument(frame({ URL: 'HTTP://example.org/' }))).toBeNull();
    expect(ownFrameDocument(frame(null))).toBeNull();
    expect(ownFrameDocument(frame('cross-origin'))).toBeNull();
  });
});
