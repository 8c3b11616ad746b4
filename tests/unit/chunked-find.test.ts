/**
 * ChunkedFind (page/chunked-find.ts) must equal one `find` over the whole text, whatever
 * falls on a chunk edge. The recognizer here is the real one (core/recognizer.ts) over a
 * small synthetic catalogue whose names overlap each other on purpose (suffixes of one are
 * prefixes of another, Latin names that need word boundaries), so leftmost-longest and
 * the resume point after a kept mention are exercised.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import { MAX_COMPOSED_SPAN } from '../../core/composer';
import { createRecognizer } from '../../core/recognizer';
import type { Entry } from '../../core/schema';
import type { Mention, Recognizer } from '../../core/types';
import { ChunkedFind, CHUNK_CHARS, CHUNK_OVERLAP } from '../../page/chunked-find';

const template = bundledCatalogue.entries.find((e) => e.kind === 'programme')!;

/** A catalogue entry per name: Chinese names as `zh`, Latin ones as the English name. */
function recognizerFor(names: readonly string[]): Recognizer {
  const entries: Entry[] = names.map((name, i) => {
    const latin = /^[a-z ]+$/.test(name);
    return {
      ...template,
      id: `t${i}`,
      name: {
        zh: latin ? `中文名${i}` : name,
        en: [{ ...template.name.en[0]!, text: latin ? name : `name ${i}` }],
      },
      aliases: [],
    };
  });
  return createRecognizer(entries);
}

function chunked(text: string, recognizer: Recognizer): Mention[] {
  const find = new ChunkedFind(text, recognizer);
  const found: Mention[] = [];
  while (!find.done) found.push(...find.next());
  return found;
}

const summary = (mentions: readonly Mention[]) =>
  mentions.map((m) => `${m.start}-${m.end}:${m.refs.map((r) => r.entryId).join('+')}@${(m.partners ?? []).map((p) => p.partnerId).join('+')}`);

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed by seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ChunkedFind equals one scan', () => {
  it('keeps the mention right after a long name that straddles a chunk edge, next to an overlapping name', () => {
    // LONG (80 characters) starts 70 before the edge and ends 10 after it; OVERLAP begins
    // inside LONG's last characters and runs into NEXT, which starts where LONG ends. One scan
    // reports LONG then NEXT; OVERLAP is never a mention (it overlaps LONG).
    const LONG = `甲${'乙'.repeat(78)}丙`;
    const OVERLAP = '乙乙乙丙丁';
    const NEXT = '丁戊';
    const recognizer = recognizerFor([LONG, OVERLAP, NEXT]);
    const text = `${'文'.repeat(CHUNK_CHARS - 70)}${LONG}${NEXT}${'文'.repeat(100)}`;
    const whole = recognizer.find(text);
    expect(summary(whole)).toEqual([`${CHUNK_CHARS - 70}-${CHUNK_CHARS + 10}:t0@`, `${CHUNK_CHARS + 10}-${CHUNK_CHARS + 12}:t2@`]);
    expect(summary(chunked(text, recognizer))).toEqual(summary(whole));
  });

  it('on generated texts full of overlapping names around every chunk edge', () => {
    const rand = random(13);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    const word = (alphabet: string, min: number, max: number) => {
      let s = '';
      for (let n = min + Math.floor(rand() * (max - min + 1)); n > 0; n--) s += pick([...alphabet]);
      return s;
    };
    for (let round = 0; round < 40; round++) {
      // Names over a tiny alphabet overlap each other all the time; some are long (up to
      // 120 characters, well under the chunk overlap).
      const names = new Set<string>();
      while (names.size < 12) names.add(word('甲乙丙', 2, rand() < 0.3 ? 120 : 8));
      while (names.size < 18) names.add(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => word('xy', 1, 3)).join(' '));
      const list = [...names];
      const recognizer = recognizerFor(list);
      // Outside the edges, filler no name uses; around each edge, names, pieces of names and
      // stray characters of the same alphabets, so mentions start, end and overlap everywhere.
      let text = '';
      for (let edge = CHUNK_CHARS; edge <= CHUNK_CHARS * 3; edge += CHUNK_CHARS) {
        const windowStart = edge - 200 - Math.floor(rand() * 200);
        text += '文'.repeat(windowStart - text.length);
        while (text.length < edge + 300) {
          const roll = rand();
          if (roll < 0.5) text += pick(list);
          else if (roll < 0.75) {
            const name = pick(list);
            const from = Math.floor(rand() * name.length);
            text += name.slice(from, from + 1 + Math.floor(rand() * name.length));
          } else text += pick(['甲', '乙', '丙', 'x', 'y', ' ', '文', '“']);
        }
      }
      text += '文'.repeat(Math.floor(rand() * 500));
      const whole = recognizer.find(text);
      expect(whole.length).toBeGreaterThan(0);
      expect(summary(chunked(text, recognizer)), `round ${round}`).toEqual(summary(whole));
    }
  });

  it('with the partner-call passes: compositions, dropped pieces and rereads around every chunk edge', () => {
    // Pieces of formulas and whole names, glued at random: calls compose across chunk edges,
    // pieces that compose nothing are dropped (and reread where they hide a name: 其中德国…).
    expect(CHUNK_OVERLAP).toBeGreaterThan(MAX_COMPOSED_SPAN);
    const recognizer = createBundledRecognizer();
    const rand = random(29);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    const pieces = [
      '国家自然科学基金委员会', 'NSFC', '与', '（', '）', '(', ')', '“', '”', ' ', '\n', '-', '和', '其', '年度',
      '德国研究联合会', 'DFG', 'NSFC-DFG', 'NSFC–RGC', '中德', '中瑞', '中英', '中日韩前瞻计划', '合作研究项目', '合作交流项目',
      '项目', '人才项目', '中国和', '新西兰', '政府间科技合作项目', '中国科技部与', '日本国际协力机构', 'JICA', '联合研究项目',
      '中国—', '东盟', '非组织间', '组织间项目', '重点国际（地区）合作研究项目', 'Joint', 'Research', 'Program', 'Scheme',
      'rfis', 'RFIS', '文', '。',
    ];
    for (let round = 0; round < 30; round++) {
      let text = '';
      for (let edge = CHUNK_CHARS; edge <= CHUNK_CHARS * 2; edge += CHUNK_CHARS) {
        text += '文'.repeat(edge - 300 - Math.floor(rand() * 200) - text.length);
        while (text.length < edge + 300) text += pick(pieces);
      }
      text += '文'.repeat(Math.floor(rand() * 300));
      const whole = recognizer.find(text);
      expect(whole.some((m) => m.partners), `round ${round} composes something`).toBe(true);
      expect(summary(chunked(text, recognizer)), `round ${round}`).toEqual(summary(whole));
    }
  });
});
