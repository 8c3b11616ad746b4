/**
 * Partner calls on a portal (issue 10, "Recognition"), in Chromium with the built extension: an
 * NSFC notice served as http://www.nsfc.gov.cn/… paints its partner calls (a title wrapped by a
 * <br>, the short form, an ambiguous prefix, the English form, a MOST line) and the partner
 * named alone, and nothing of what is not a call; the popup's get-mentions answer groups the
 * calls by programme and partner. The card's partner section is tested with the card (p2-card).
 */
import { describe, expect, it } from 'vitest';
import { askMentions, extensionSession, waitForPainted } from './harness';

const PORTAL = 'www.nsfc.gov.cn';
const NOTICE = '/partners/notice.html';

const EXPECTED = [
  '国家自然科学基金委员会与德国研究联合会合作研究项目', // across <b> and the title's <br>
  '德国研究联合会', // the partner named alone (DFG alone is not marked)
  '中德（NSFC-DFG）合作研究项目',
  '中瑞合作研究项目', // ambiguous prefix: SNSF or VR
  'NSFC-DFG Joint Research Program', // English; the lowercase rfis gene is not marked
  '中国和新西兰政府间科技合作项目', // MOST line; not 非组织间… nor the joint committee's 例会交流项目
];

describe('partner calls on a portal page', () => {
  const session = extensionSession([PORTAL]);

  it('paints the partner calls and the partner, and answers get-mentions with the calls’ programmes', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://${PORTAL}${NOTICE}`);
    expect(await waitForPainted(page, EXPECTED.length)).toEqual(EXPECTED);
    const response = await askMentions(session.browser, `http://${PORTAL}${NOTICE}`);
    // One group per programme and partners: the DFG call three times (the title, the short
    // form, the English form), DFG named alone (a partner, no programme), the ambiguous 中瑞
    // (SNSF or VR) and the MOST line with New Zealand.
    const groups = (response as { groups: { ids: string[]; partners: string[]; count: number; text: string }[] }).groups;
    expect(response).toMatchObject({ url: `http://${PORTAL}${NOTICE}` });
    expect(groups.map(({ ids, partners, count }) => ({ ids, partners, count }))).toEqual([
      { ids: ['nsfc-org-research'], partners: ['dfg'], count: 3 },
      { ids: [], partners: ['dfg'], count: 1 },
      { ids: ['nsfc-org-research'], partners: ['snsf', 'vr'], count: 1 },
      { ids: ['most-intergov'], partners: ['nz'], count: 1 },
    ]);
    expect(groups[3].text).toBe('中国和新西兰政府间科技合作项目');
    await page.close();
  });
});
