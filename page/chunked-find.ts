/**
 * Runs the recognizer over a long text in bounded chunks, so one giant paragraph (a 10 MB
 * `<pre>`) never becomes one long task. Chunks overlap by more than the longest name the page
 * could write, and a mention is kept only when it starts inside its chunk's own part and after
 * the previous kept mention ends: the result equals one `find` over the whole text
 * (leftmost-longest, no overlaps) as long as no mention is longer than the overlap.
 */
import type { Mention, Recognizer } from '../core/types';

/** Characters handed to the recognizer at once: well under a millisecond of work. */
export const CHUNK_CHARS = 32_768;
/** Longer than any catalogue name written with stray spaces, quotes and line breaks. */
export const CHUNK_OVERLAP = 512;
/** Context before a chunk: enough for the recognizer's word-boundary look-behind. */
const CHUNK_LOOKBEHIND = 64;

export class ChunkedFind {
  private position = 0;
  private keptEnd = 0;

  constructor(
    private readonly text: string,
    private readonly recognizer: Recognizer,
  ) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }

  /** Recognizes the next chunk; returns its mentions in run offsets. */
  next(): Mention[] {
    const from = this.position;
    if (from >= this.text.length) return [];
    const own = Math.min(from + CHUNK_CHARS, this.text.length);
    this.position = own;
    if (from === 0 && own === this.text.length) return this.recognizer.find(this.text);
    // A little text before the chunk too, so word-boundary checks at its start see the truth.
    const sliceFrom = Math.max(0, from - CHUNK_LOOKBEHIND);
    const to = Math.min(own + CHUNK_OVERLAP, this.text.length);
    const found = this.recognizer.find(this.text.slice(sliceFrom, to));
    const kept: Mention[] = [];
    for (const m of found) {
      const start = m.start + sliceFrom;
      if (start >= own) break;
      if (start < from || start < this.keptEnd) continue;
      const end = m.end + sliceFrom;
      kept.push({ ...m, start, end });
      this.keptEnd = end;
    }
    return kept;
  }
}
