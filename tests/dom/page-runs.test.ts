/**
 * How the page text is cut into runs and mapped back to text nodes (page/run-walker.ts,
 * page/text-run.ts, page/chunked-find.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ChunkedFind, CHUNK_CHARS } from '../../page/chunked-find';
import { UI_HOST_TAG } from '../../page/constants';
import { RunWalker } from '../../page/run-walker';
import { toPageMention } from '../../page/scan';
import { locate, TextRunBuilder, type TextRun } from '../../page/text-run';
import { fakeRecognizer, installHighlightShims } from './page-fakes';

function runsOf(html: string): string[] {
  document.body.innerHTML = html;
  const runs: string[] = [];
  const walker = new RunWalker(document.body, {
    run: (run) => runs.push(run.text),
    shadowRoot: () => {},
    frame: () => {},
  });
  while (walker.step());
  return runs.filter((t) => t.trim() !== '');
}

function runOf(html: string): TextRun {
  document.body.innerHTML = html;
  const runs: TextRun[] = [];
  const walker = new RunWalker(document.body, {
    run: (r) => runs.push(r),
    shadowRoot: () => {},
    frame: () => {},
  });
  while (walker.step());
  expect(runs).toHaveLength(1);
  return runs[0]!;
}

beforeEach(() => installHighlightShims());

describe('runs', () => {
  it('joins the text of inline elements into one run', () => {
    expect(runsOf('<p><b>重点</b>国际（<i>地区</i>）合作研究<a href="#">项目</a></p>')).toEqual([
      '重点国际（地区）合作研究项目',
    ]);
  });

  it('cuts at block boundaries, also inside an inline parent, and never joins across them', () => {
    expect(
      runsOf('<div>重点<p>国际（地区）</p>合作<span>研究<div>项目</div>尾</span></div><ul><li>甲</li><li>乙</li></ul>'),
    ).toEqual(['重点', '国际（地区）', '合作研究', '项目', '尾', '甲', '乙']);
  });

  it('reads <br> as a line break inside the run (never at its start or end), <wbr> as nothing', () => {
    expect(runsOf('<p>重点国际<br>合作研究项目</p><p>组织间<wbr>合作</p><p><br>甲<b><br></b><br>乙<br></p>')).toEqual([
      '重点国际\n合作研究项目',
      '组织间合作',
      '甲\n\n乙',
    ]);
  });

  it('maps offsets around a <br> back to the text nodes on either side', () => {
    const run = runOf('<p>政府间国际科技创新<br>合作重点专项</p>');
    expect(run.text).toBe('政府间国际科技创新\n合作重点专项');
    expect(run.starts).toEqual([0, 10]);
    expect(locate(run, 9, 'end')).toMatchObject({ node: run.nodes[0], offset: 9, index: 0 });
    expect(locate(run, 10, 'start')).toMatchObject({ node: run.nodes[1], offset: 0, index: 1 });
  });

  it('still cuts at blocks after a <br>', () => {
    expect(runsOf('<div>重点国际<br><p>合作研究项目</p></div>')).toEqual(['重点国际', '合作研究项目']);
  });

  it('skips script, style, noscript, template, form controls, contenteditable, hidden and our own UI', () => {
    const html = [
      '<p>可见一</p>',
      '<script>var s = "脚本";</script>',
      '<style>.x{content:"样式"}</style>',
      '<noscript>无脚本</noscript>',
      '<template><p>模板</p></template>',
      '<textarea>文本框</textarea>',
      '<input value="输入">',
      '<select><option>选项</option></select>',
      '<div contenteditable="true"><p>编辑中</p></div>',
      '<div contenteditable="false"><p>可见二</p></div>',
      '<div hidden><p>隐藏</p></div>',
      `<${UI_HOST_TAG}><p>卡片</p></${UI_HOST_TAG}>`,
    ].join('');
    expect(runsOf(html)).toEqual(['可见一', '可见二']);
  });

  it('treats unknown elements by their computed display', () => {
    expect(runsOf('<p>重点<x-name>国际</x-name><x-block style="display:block">合作</x-block></p>')).toEqual([
      '重点国际',
      '合作',
    ]);
  });

  it('stops a skipped element from joining its neighbours', () => {
    expect(runsOf('<p>重点<textarea>x</textarea>国际</p>')).toEqual(['重点', '国际']);
  });
});

describe('offset map', () => {
  it('maps run offsets to (text node, offset) across several text nodes', () => {
    const run = runOf('<p>ab<b>cd<i>e</i></b>fg</p>');
    expect(run.text).toBe('abcdefg');
    expect(run.starts).toEqual([0, 2, 4, 5]);
    const at = (o: number, side: 'start' | 'end') => {
      const p = locate(run, o, side);
      return `${p.node.data}:${p.offset}`;
    };
    expect(at(0, 'start')).toBe('ab:0');
    // A boundary belongs to the later node as a start and to the earlier one as an end.
    expect(at(2, 'start')).toBe('cd:0');
    expect(at(2, 'end')).toBe('ab:2');
    expect(at(5, 'start')).toBe('fg:0');
    expect(at(5, 'end')).toBe('e:1');
    expect(at(7, 'end')).toBe('fg:2');
  });

  it('leaves empty text nodes out of the map', () => {
    const b = new TextRunBuilder();
    const nodes = ['ab', '', 'cd'].map((t) => document.createTextNode(t));
    for (const n of nodes) b.add(n);
    const run = b.take()!;
    expect(run.nodes).toEqual([nodes[0], nodes[2]]);
    expect(locate(run, 2, 'start').node).toBe(nodes[2]);
  });

  it('keeps UTF-16 offsets right after surrogate pairs (CJK Extension B, emoji)', () => {
    const run = runOf('<p>𠀀😀<b>重点</b>国际（地区）合作研究项目𠀀</p>');
    const recognizer = fakeRecognizer({ '重点国际（地区）合作研究项目': 'nsfc-key' });
    const [m] = recognizer.find(run.text);
    expect(m!.start).toBe(4);
    const mention = toPageMention(run, m!);
    expect(mention.text).toBe('重点国际（地区）合作研究项目');
    expect(mention.range.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(mention.range.startOffset).toBe(0);
    expect((mention.range.endContainer as Text).data).toBe('国际（地区）合作研究项目𠀀');
    expect(mention.range.endOffset).toBe('国际（地区）合作研究项目'.length);
    expect(mention.nodes).toHaveLength(2);
    expect(mention.ids).toEqual(['nsfc-key']);
  });
});

describe('chunked recognition', () => {
  it('finds the same mentions as one call over the whole text, also across chunk edges', () => {
    const recognizer = fakeRecognizer({ '组织间国际（地区）合作研究与交流项目': 'nsfc-org', 合作研究: 'x' });
    const name = '组织间国际（地区）合作研究与交流项目';
    let text = '';
    // Names straddling every chunk edge, at several phases.
    for (let edge = CHUNK_CHARS; edge < CHUNK_CHARS * 4; edge += CHUNK_CHARS) {
      const phase = (edge / CHUNK_CHARS) * 3;
      text += '文'.repeat(edge - phase - text.length) + name;
    }
    text += '尾';
    const whole = recognizer.find(text);
    const chunked = new ChunkedFind(text, recognizer);
    const pieces = [];
    while (!chunked.done) pieces.push(...chunked.next());
    expect(pieces.map((m) => [m.start, m.end])).toEqual(whole.map((m) => [m.start, m.end]));
    expect(whole).toHaveLength(3);
    // Never hands the recognizer much more than one chunk.
    expect(Math.max(...recognizer.calls.slice(1).map((c) => c.length))).toBeLessThan(CHUNK_CHARS + 1024);
  });
});
