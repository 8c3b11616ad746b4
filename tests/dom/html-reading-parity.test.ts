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
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createRecognizer } from '../../core/recognizer';
import { createPageEngine, type PageEngine } from '../../page/engine';
import { htmlMentions } from '../../scripts/html-text';
import { installHighlightShims } from './page-fakes';

const recognizer = createRecognizer(bundledCatalogue.entries);

type Seen = Array<[ids: string, text: string]>;

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

let engine: PageEngine | null = null;

async function onThePage(body: string): Promise<Seen> {
  document.body.innerHTML = body;
  engine = createPageEngine({ root: document, recognizer, paintNearViewportOnly: false });
  engine.start();
  await engine.settled();
  return engine.mentions().map((m) => [m.ids.join('+'), collapse(m.text)]);
}

function inTheCli(body: string): Seen {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;
  return htmlMentions(html, recognizer).mentions.map((m) => [
    [...new Set(m.refs.map((r) => r.entryId))].join('+'),
    m.text,
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
      '<br> cuts a name, <wbr> does not',
      `<p>重点国际（地区）<br>合作研究项目</p><p>外国学者<wbr>研究基金项目</p>`,
      [['nsfc-rfis', '外国学者研究基金项目']],
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
