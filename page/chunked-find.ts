/**
 * Runs the recognizer over a long text in bounded chunks, so one giant paragraph (a 10 MB
 * `<pre>`) never becomes one long task. The result equals one `find` over the whole text
 * (leftmost-longest, no overlaps) as long as no mention is longer than the overlap:
 *
 * - each chunk's scan resumes where one scan over the whole text would: at the end of the
 *   last kept mention when that reaches into the chunk, else at the chunk's start (nothing
 *   can start between the two, or the previous chunk would have kept it). Scanning from a
 *   point inside a kept mention instead would find a name overlapping it, and that name
 *   would hide the mention right after it;
 * - the text before the resume point goes along as context only (word boundaries);
 * - the chunk reaches CHUNK_OVERLAP past its own part, so a mention starting in its own part
 *   is seen whole, and only mentions starting in its own part are kept.
 */
import { CUE_CHARS_BEFORE } from '../core/grant-numbers';
import type { Mention, Recognizer } from '../core/types';

/** Characters handed to the recognizer at once: well under a millisecond of work. */
export const CHUNK_CHARS = 32_768;
/** Longer than any catalogue name written with stray spaces, quotes and line breaks. */
export const CHUNK_OVERLAP = 512;
/**
 * Context before the resume point: enough for the recognizer's word-boundary look-behind and
 * for the cues a grant number looks for before it (core/grant-numbers.ts).
 */
const CHUNK_LOOKBEHIND = Math.max(64, CUE_CHARS_BEFORE);

export class ChunkedFind {
  private position = 0;
  /** Where the last kept mention ends: one scan of the whole text resumes there. */
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
    const resume = Math.max(from, this.keptEnd);
    if (resume >= own) return [];
    const sliceFrom = Math.max(0, resume - CHUNK_LOOKBEHIND);
    const to = Math.min(own + CHUNK_OVERLAP, this.text.length);
    const found = this.recognizer.find(this.text.slice(sliceFrom, to), resume - sliceFrom);
    const kept: Mention[] = [];
    for (const m of found) {
      const start = m.start + sliceFrom;
      if (start >= own) break;
      const end = m.end + sliceFrom;
      kept.push({ ...m, start, end });
      this.keptEnd = end;
    }
    return kept;
  }
}
