/**
 * The command-line recognizer reads an HTML file exactly as the extension reads the page:
 * the same fixtures go through the page engine (page/engine.ts, in happy-dom) and through
 * the CLI's HTML reader (scripts/html-text.ts htmlMentions), both with the bundled
 * catalogue's real recognizer, and must give the same mentions (ids and text), which are
 * also spelled out, so two empty answers cannot pass.
 *
 * Text: the engine keeps the page's own characters, the CLI prints what a browser shows
 * (white space collapsed), so the engine's text is compared collapsed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import type { PartnerRef } from '../../core/types';
import { createPageEngine, type PageEngine } from '../../page/engine';
import { htmlMentions } from '../../scripts/html-text';
import { installHighlightShims } from './page-fakes';

const recognizer = createBundledRecognizer();

type Seen = Array<[ids: string, text: string]>;

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** Programme ids joined by "+", then "@" and the partner ids where the mention names partners. */
const seenIds = (ids: readonly string[], partners: readonly PartnerRef[] | undefined) =>
  ids.join('+') + (partners?.length ? `@${partners.map((p) => p.partnerId).join('+')}` : '');

let engine: PageEngine | null = null;

async function onThePage(body: string): Promise<Seen> {
  document.body.innerHTML = body;
  engine = createPageEngine({ root: document, recognizer, paintNearViewportOnly: false });
  engine.start();
  await engine.settled();
  return engine.mentions().map((m) => [seenIds(m.ids, m.partners), collapse(m.text)]);
}

function inTheCli(body: string): Seen {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;
  return htmlMentions(html, recognizer).mentions.map((m) => [
    seenIds([...new Set(m.refs.map((r) => r.entryId))], m.partners),
    collapse(m.text),
  ]);
}

beforeEach(() => installHighlightShims());
afterEach(() => {
  engine?.dispose();
  engine = null;
  document.body.innerHTML = '';
});

const KEY = '重点国际（地区）合作研究项目';

describe('the CLI reads HTML as the page engine does', () => {
  it.each<[string, string, Seen]>([
    ['a label is inline: its text joins the sentence', `<p><label>重点国际</label>（地区）合作研究项目</p>`, [['nsfc-key', KEY]]],
    [
      'form fields, options and buttons are never read',
      `<form><label>类别 <select><option>${KEY}</option></select></label><input value="外国学者研究基金项目">
        <textarea>组织间国际（地区）合作研究与交流项目</textarea><button>外国青年学者研究基金项目</button></form>
        <p>申请外国学者研究基金项目</p>`,
      [['nsfc-rfis', '外国学者研究基金项目']],
    ],
    [
      'a field between two halves of a name cuts it',
      `<p>重点国际（地区）<input value="x">合作研究项目</p>`,
      [],
    ],
    [
      'hidden text is not read; aria-hidden text is on screen and is',
      `<style>.gone { display: none }</style><div hidden>${KEY}</div><p style="display:none">外国学者研究基金项目</p>
        <p style="visibility:hidden">组织间国际（地区）合作研究与交流项目</p><p class="gone">外国青年学者研究基金项目</p>
        <p aria-hidden="true">RFIS-II</p>`,
      [['nsfc-rfis-excellent', 'RFIS-II']],
    ],
    [
      'scripts, styles, noscript and templates are not text',
      `<script>var a = "${KEY}";</script><style>.x::before { content: "外国学者研究基金项目" }</style>
        <noscript>组织间国际（地区）合作研究与交流项目</noscript><template><p>外国青年学者研究基金项目</p></template><p>RFIS-II</p>`,
      [['nsfc-rfis-excellent', 'RFIS-II']],
    ],
    [
      'table cells never join; a whole name in one cell is found',
      `<table><tr><td>组织间国际（地区）</td><td>合作研究项目</td></tr><tr><th>${KEY}</th></tr></table>`,
      [['nsfc-key', KEY]],
    ],
    [
      'list items never join',
      `<ul><li>重点国际（地区）</li><li>合作研究项目</li><li>外国学者研究基金项目</li></ul><ol><li>RFIS-II</li></ol>`,
      [
        ['nsfc-rfis', '外国学者研究基金项目'],
        ['nsfc-rfis-excellent', 'RFIS-II'],
      ],
    ],
    [
      '<br> inside CJK text is a line break, not a boundary; <wbr> is nothing; blocks still cut',
      `<p>重点国际（地区）<br>合作研究项目</p><p>外国学者<wbr>研究基金项目</p><div>政府间国际科技创新<p>合作重点专项</p></div>`,
      [
        ['nsfc-key', '重点国际（地区） 合作研究项目'],
        ['nsfc-rfis', '外国学者研究基金项目'],
      ],
    ],
    [
      'partner calls, across inline markup and a <br>; a partner named alone; an ambiguous prefix',
      `<h1>2024年度国家自然科学基金委员会与<b>德国研究联合会</b><br>合作研究项目指南</h1>
        <p>德国研究联合会（DFG）是德国最大的科研资助机构。DFG 不单独标注。</p><p>中瑞合作<i>研究</i>项目</p>
        <p>NSFC-DFG Joint<br>Research Program</p>`,
      [
        ['nsfc-org-research@dfg', '国家自然科学基金委员会与德国研究联合会 合作研究项目'],
        ['@dfg', '德国研究联合会'],
        ['nsfc-org-research@snsf+vr', '中瑞合作研究项目'],
        ['nsfc-org-research@dfg', 'NSFC-DFG Joint Research Program'],
      ],
    ],
    [
      '<br> between Latin words is a space, and a word split by one is two words',
      `<p>Major International<br>(Regional) Joint Research Projects; Research Fund for Inter<br>national Scientists</p>`,
      [['nsfc-key', 'Major International (Regional) Joint Research Projects']],
    ],
    [
      'inline markup, entities and a name wrapped over source lines',
      `<p>各单位：<b>重点</b>国际<i>（地区）</i>合作研究项目&nbsp;申报。See the <a href="#">Major International
          (Regional) Joint Research Projects</a> &amp; RFIS-II.</p>`,
      [
        ['nsfc-key', KEY],
        ['nsfc-key', 'Major International (Regional) Joint Research Projects'],
        ['nsfc-rfis-excellent', 'RFIS-II'],
      ],
    ],
    [
      'unknown (custom) elements are inline by their display',
      `<p>重点国际<x-term>（地区）</x-term>合作研究项目</p>`,
      [['nsfc-key', KEY]],
    ],
    [
      'text being edited is not read; a contenteditable="false" region is',
      `<div contenteditable="true"><p>${KEY}</p></div><div contenteditable="plaintext-only">RFIS-II</div>
        <div contenteditable="false">外国学者研究基金项目</div>`,
      [['nsfc-rfis', '外国学者研究基金项目']],
    ],
    [
      '<pre> text is read',
      `<pre>  外国学者研究基金项目\n  ${KEY}</pre>`,
      [
        ['nsfc-rfis', '外国学者研究基金项目'],
        ['nsfc-key', KEY],
      ],
    ],
  ])('%s', async (_name, body, expected) => {
    const page = await onThePage(body);
    expect(page).toEqual(expected);
    expect(inTheCli(body)).toEqual(page);
  });
});
