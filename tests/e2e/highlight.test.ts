/**
 * The highlighter in Chromium with the built extension, on a realistic NSFC notice served as
 * http://www.nsfc.gov.cn/…: which texts are painted (exactly), that the page's DOM is left
 * byte-for-byte as it was, that it follows DOM changes, and that other sites get nothing.
 */
import type { Browser } from 'wxt/browser';
import type { MentionsAnswer } from '../../core/messages';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askMentions, extensionSession, waitForPainted } from './harness';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
/** A university research-office site: not a default portal, so the manifest does not run there. */
const OTHER = 'kyc.example.edu.cn';
const NOTICE = '/highlight/notice.html';

/** The top document's painted mentions, in page order. */
const EXPECTED = [
  '重点国际（地区）合作研究项目', // <b>重点</b> inside the name
  '组织间国际(地区)合作研究与交流项目', // half-width brackets
  '政府间国际科技创新合作”重点专项', // quotes around part of the name
  '外国青年学者\n  研究基金项目', // a line break inside the name
  'Research Fund for International Young Scientists', // English
  '重點國際（地區）合作研究項目', // traditional script
  '国际科技合作专项', // the 2001–2015 programme (most-legacy-intl)
  '国合专项', // ambiguous: most-legacy-intl or most-intl
  '重点合作研究项目', // short name, in a table cell
  '外国学者研究基金项目', // inside an open (declarative) shadow root
];

function serialize(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

describe('highlighter on a portal page', () => {
  const session = extensionSession([PORTAL, OTHER]);

  it('paints exactly the programme names, however the page writes them', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    expect(await waitForPainted(page, EXPECTED.length)).toEqual(EXPECTED);
    // The srcdoc frame has no content script of its own: the top frame's engine paints it.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await waitForPainted(frame, 1)).toEqual(['国际（地区）合作交流项目']);
    // The ::highlight rules come as adopted stylesheets, in the document and the shadow root.
    const styled = await page.evaluate(() => {
      const has = (sheets: readonly CSSStyleSheet[]) =>
        sheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(grant-lens)')));
      const shadow = document.getElementById('widget')!.shadowRoot!;
      return { document: has(document.adoptedStyleSheets), shadow: has(shadow.adoptedStyleSheets) };
    });
    expect(styled).toEqual({ document: true, shadow: true });
    await page.close();
  });

  it("leaves the page's DOM exactly as the same page has it without the extension", async () => {
    // The same file on a host the extension does not run on is the "before".
    const plain = await session.browser.context.newPage();
    await plain.goto(`http://${OTHER}${NOTICE}`);
    const before = await serialize(plain);
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    await waitForPainted(page, EXPECTED.length);
    expect(await serialize(page)).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
    await plain.close();
    await page.close();
  });

  it('paints a block added later and drops the ranges of a removed one', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    await waitForPainted(page, EXPECTED.length);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.innerHTML = '补充通知：<em>外国优秀青年学者研究基金项目</em>同步受理。';
      document.getElementById('main')!.append(p);
    });
    const withAdded = await waitForPainted(page, EXPECTED.length + 1);
    expect(withAdded.at(-1)).toBe('外国优秀青年学者研究基金项目');
    await page.evaluate(() => document.getElementById('added')!.remove());
    expect(await waitForPainted(page, EXPECTED.length)).toEqual(EXPECTED);
    // Changing text inside a painted name: the stale range goes, the new text is read again.
    await page.evaluate(() => {
      document.querySelector('#trad')!.textContent = '港澳台地區申請人另見通知。';
    });
    expect(await waitForPainted(page, EXPECTED.length - 1)).toEqual(
      EXPECTED.filter((t) => t !== '重點國際（地區）合作研究項目'),
    );
    await page.close();
  });

  it('answers get-mentions with its groups in order of first mention, each with its first sentence', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    await waitForPainted(page, EXPECTED.length);
    const response = (await askMentions(session.browser, `http://${PORTAL}${NOTICE}`)) as MentionsAnswer;
    expect(response.url).toBe(`http://${PORTAL}${NOTICE}`);
    expect(response.groups.map(({ ids, partners, count }) => ({ ids, partners, count }))).toEqual([
      { ids: ['nsfc-key'], partners: [], count: 3 },
      { ids: ['nsfc-org'], partners: [], count: 1 },
      { ids: ['most-intergov'], partners: [], count: 1 },
      { ids: ['nsfc-rfis-young'], partners: [], count: 2 },
      { ids: ['most-legacy-intl'], partners: [], count: 1 }, // 国际科技合作专项
      { ids: ['most-intl', 'most-legacy-intl'], partners: [], count: 1 }, // the ambiguous 国合专项, once
      { ids: ['nsfc-rfis'], partners: [], count: 1 },
      { ids: ['nsfc-intl-exchange'], partners: [], count: 1 },
    ]);
    // The first mention as written and its sentence, read from the page (spaces collapsed).
    expect(response.groups[0]).toMatchObject({
      text: '重点国际（地区）合作研究项目',
      sentence: '关于发布2024年度重点国际（地区）合作研究项目指南的通告',
    });
    expect(response.groups[3]).toMatchObject({
      text: '外国青年学者 研究基金项目',
      sentence: '自2024年起，外国青年学者 研究基金项目（Research Fund for International Young Scientists）接受在华工作的外国青年学者申请。',
    });
    expect(response.groups[5]).toMatchObject({ text: '国合专项', sentence: '本通告与原国际科技合作专项（简称国合专项）无关；' });
    await page.close();
  });

  it('a second copy of the script (scan once, own sites) replaces the first: nothing doubled', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    await waitForPainted(page, EXPECTED.length);
    await session.browser.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/highlighter.js'] });
    }, `http://${PORTAL}${NOTICE}`);
    expect(await waitForPainted(page, EXPECTED.length)).toEqual(EXPECTED);
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);
    expect(sheets).toBe(1);
    // Only one engine still watches: an added name is painted once.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '外国优秀青年学者研究基金项目';
      document.getElementById('main')!.append(p);
    });
    const texts = await waitForPainted(page, EXPECTED.length + 1);
    expect(texts.filter((t) => t === '外国优秀青年学者研究基金项目')).toHaveLength(1);
    await page.close();
  });

  it('does nothing on a site that is not a portal', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${OTHER}${NOTICE}`);
    // Give a content script, if one wrongly ran, ample time to paint.
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });
});
