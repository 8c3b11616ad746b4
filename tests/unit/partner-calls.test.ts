/**
 * Partner calls and partners (issue 10, "Recognition"), read by the extension's own recognizer
 * (programmes and partners, core/bundled-recognizer.ts): every formula of core/call-formulas.ts
 * in simplified and traditional script, with half- and full-width brackets, quotes and a line
 * break inside; the ambiguous 中X prefixes; what must not match; the case of all-caps
 * abbreviations (issue 14).
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import { createRecognizer } from '../../core/recognizer';
import type { Mention } from '../../core/types';

const recognizer = createBundledRecognizer();
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Each mention as [text as written, programme ids joined by "+", partner ids joined by "+"]. */
function found(text: string, r = recognizer): Array<[string, string, string]> {
  return r.find(text).map((m: Mention) => [
    text.slice(m.start, m.end),
    m.refs.map((ref) => ref.entryId).join('+'),
    (m.partners ?? []).map((p) => p.partnerId).join('+'),
  ]);
}

/** The ways pages write the same name: script, width, quotes, a line break. */
function writings(text: string, quoted: string, breakBefore: string): Array<[string, string]> {
  const halfWidth = text.replace(/（/g, '(').replace(/）/g, ')');
  const fullWidth = text
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[A-Za-z-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  const out: Array<[string, string]> = [
    ['as written', text],
    ['half-width brackets', halfWidth],
    ['full-width brackets and letters', fullWidth],
    ['quotes around a part', text.replace(quoted, `“${quoted}”`)],
    ['a line break inside', text.replace(breakBefore, `\n  ${breakBefore}`)],
  ];
  const traditional = toTraditional(text);
  if (/\p{Script=Han}/u.test(text)) {
    expect(traditional, `OpenCC must change ${text}`).not.toBe(text);
    out.push(['traditional script', traditional]);
  }
  return out;
}

describe('partner call formulas: programme and partner, however the name is written', () => {
  it.each<[formula: string, text: string, quoted: string, breakBefore: string, programme: string, partners: string]>([
    ['NSFC与<名称>(<ABBR>)合作研究项目', '国家自然科学基金委员会与德国研究联合会（DFG）合作研究项目', '德国研究联合会', '合作研究', 'nsfc-org-research', 'dfg'],
    ['自然科学基金委与<名称>合作交流项目', '自然科学基金委与英国皇家学会合作交流项目', '英国皇家学会', '皇家', 'nsfc-org-visit', 'rs'],
    ['国家自然科学基金委与<名称>合作与交流项目', '国家自然科学基金委与日本学术振兴会合作与交流项目', '合作与交流', '日本', 'nsfc-org-visit', 'jsps'],
    ['NSFC与<名称>学术会议项目', 'NSFC与瑞典科研与教育国际合作基金会学术会议项目', '瑞典科研与教育国际合作基金会', '学术会议', 'nsfc-org-conference', 'stint'],
    ['(NSFC)与<名称>双边研讨会项目', '国家自然科学基金委员会（NSFC）与韩国国家研究基金会双边研讨会项目', 'NSFC', '双边', 'nsfc-org-conference', 'nrf'],
    ['与<名称>人才项目 (talent)', '国家自然科学基金委员会与英国医学科学院人才项目', '英国医学科学院', '人才', 'nsfc-org-exchange', 'ams'],
    ['中<X>(NSFC-<ABBR>)合作研究项目', '中德（NSFC-DFG）合作研究项目', 'NSFC-DFG', '合作', 'nsfc-org-research', 'dfg'],
    ['NSFC-<ABBR>(中<X>)合作研究项目', 'NSFC-DFG（中德）合作研究项目', '中德', '研究项目', 'nsfc-org-research', 'dfg'],
    ['NSFC-<ABBR>项目', 'NSFC-RGC项目', 'NSFC-RGC', '项目', 'nsfc-org-research', 'rgc'],
    ['NSFC与<ABBR>合作研究项目', 'NSFC与ISF合作研究项目', 'ISF', '合作研究项目', 'nsfc-org-research', 'isf'],
    ['NSFC-<ABBR> … Program', 'NSFC-DFG Joint Research Program', 'Joint Research', 'Research', 'nsfc-org-research', 'dfg'],
    ['NSFC–<ABBR> … Scheme (en dash)', 'NSFC–RGC Joint Research Scheme', 'Research Scheme', 'Scheme', 'nsfc-org-research', 'rgc'],
    ['NSFC-<ABBR> (<country>) … Programme', 'NSFC-RS (United Kingdom) International Exchanges Programme', 'International Exchanges', 'Exchanges', 'nsfc-org-visit', 'rs'],
    ['<ABBR>-NSFC Joint …', 'FDCT-NSFC Joint Research Projects', 'Joint', 'Projects', 'nsfc-org-research', 'fdct'],
    ['<ABBR>-NSFC Joint … (kind not said)', 'RSE-NSFC Joint Projects', 'Joint', 'Projects', 'nsfc-org-visit', 'rse'],
    ['中国和<国家>政府间科技合作项目', '中国和新西兰政府间科技合作项目', '新西兰', '政府间', 'most-intergov', 'nz'],
    ['中国和<国家>政府间合作项目', '中国和以色列政府间合作项目', '以色列', '合作项目', 'most-intergov', 'il'],
    ['中国和<国家>政府间联合研究项目', '中国和日本政府间联合研究项目', '日本', '联合研究', 'most-intergov', 'jp'],
    ['中国和<国家>政府间联合研发项目', '中国和美国政府间联合研发项目', '美国', '政府间', 'most-intergov', 'us'],
    ['中国和<国家>产业技术研发合作项目', '中国和以色列产业技术研发合作项目', '产业技术', '产业', 'most-intergov', 'il'],
    ['中国和<…>联合实验室合作项目', '中国和欧洲国家联合实验室合作项目', '欧洲国家', '联合实验室', 'most-intergov', 'european-countries'],
    ['中国和<…>联合实验室项目', '中国和欧洲国家联合实验室项目', '联合实验室项目', '欧洲', 'most-intergov', 'european-countries'],
    ['中国科技部与<机构>(<ABBR>)联合研究项目', '中国科技部与日本国际协力机构（JICA）联合研究项目', '日本国际协力机构', '联合研究', 'most-intergov', 'jica'],
    ['中国—<组织>联合研究项目', '中国—东盟联合研究项目', '东盟', '联合', 'most-intergov', 'asean'],
  ])('%s', (_formula, text, quoted, breakBefore, programme, partners) => {
    for (const [how, written] of writings(text, quoted, breakBefore)) {
      // A quote mark at the very start or end is outside the mention, as for every name.
      const mention = written.replace(/^“/, '').replace(/”$/, '');
      expect(found(written), `${how}: ${written}`).toEqual([[mention, programme, partners]]);
    }
  });

  it('the programme is named in the language of the formula', () => {
    const [zh] = recognizer.find('中德合作研究项目');
    const [en] = recognizer.find('NSFC-DFG Joint Research Program');
    expect(zh!.refs[0]).toMatchObject({ entryId: 'nsfc-org-research', lang: 'zh', text: '组织间国际（地区）合作研究项目' });
    expect(en!.refs[0]).toMatchObject({ entryId: 'nsfc-org-research', lang: 'en', role: 'english' });
    expect(zh!.partners).toEqual([{ partnerId: 'dfg', text: '中德', via: 'prefix' }]);
    expect(en!.partners).toEqual([{ partnerId: 'dfg', text: 'DFG', via: 'abbreviation' }]);
  });

  it('a year in front is not part of the name; the words after it neither', () => {
    const text = '2024年度国家自然科学基金委员会与德国研究联合会合作研究项目指南';
    expect(found(text)).toEqual([['国家自然科学基金委员会与德国研究联合会合作研究项目', 'nsfc-org-research', 'dfg']]);
  });

  it('renamed partners are found by their former names', () => {
    expect(found('国家自然科学基金委员会与德国科学基金会合作研究项目')).toEqual([
      ['国家自然科学基金委员会与德国科学基金会合作研究项目', 'nsfc-org-research', 'dfg'],
    ]);
    expect(recognizer.find('德国科学基金会')[0]!.partners).toEqual([{ partnerId: 'dfg', text: '德国科学基金会', via: 'former' }]);
  });

  it('a MOST line of a country without a partner of its own names the programme only', () => {
    expect(found('中国和德国政府间科技合作项目')).toEqual([['中国和德国政府间科技合作项目', 'most-intergov', '']]);
  });

  it('names in a row are each read: a call, then a partner named alone', () => {
    expect(found('中德合作研究项目和中瑞合作研究项目；德国研究联合会；Royal Society of Edinburgh')).toEqual([
      ['中德合作研究项目', 'nsfc-org-research', 'dfg'],
      ['中瑞合作研究项目', 'nsfc-org-research', 'snsf+vr'],
      ['德国研究联合会', '', 'dfg'],
      ['Royal Society of Edinburgh', '', 'rse'],
    ]);
  });
});

describe('the call titles the catalogue records from its sources (data/partners.json programmes[].titles)', () => {
  /** Titles that are not one of the formulas read here, and why. */
  const NOT_A_FORMULA: Record<string, string> = {
    生物多样性领域合作交流项目: 'names the field, not the partner',
    中欧人才项目: '欧 is no country prefix in the country table',
    'SHENG 1': "the partner's own name for the call",
    'SHENG 3': "the partner's own name for the call",
    'NSFC/RGC联合科研基金': '联合科研基金 is no kind of call (2010)',
    'NSFC-RGC合作研究重点项目': 'a key-level call (重点项目), not the organisation-level research kind',
    两岸项目: 'names no partner',
    '2014年度中以产业技术研发合作项目': 'the pre-2016 bilateral fund, before the intergovernmental special project',
    '中国和英国政府间流行病预防与抗微生物耐药性“大健康”旗舰挑战计划项目': 'a flagship line: its topic stands between 政府间 and 项目',
    中加政府间科技合作基金: 'the pre-2016 bilateral fund',
    内地与香港联合资助计划: "Hong Kong ITC's scheme",
    'Mainland-Hong Kong Joint Funding Scheme': "Hong Kong ITC's scheme",
    内地与香港联合资助研发项目: "Hong Kong ITC's scheme",
  };
  const titles = bundledPartners.partners.flatMap((partner) =>
    partner.programmes.flatMap((link) => (link.titles ?? []).map((title) => ({ partner: partner.id, title: title.text }))),
  );

  it('are read as calls of their partner, unless listed as another kind of name', () => {
    expect(titles.length).toBeGreaterThan(30);
    for (const { partner, title } of titles) {
      const named = recognizer.find(title).some((m) => m.refs.length > 0 && m.partners?.some((p) => p.partnerId === partner));
      expect(named, `${partner}: ${title}`).toBe(!(title in NOT_A_FORMULA));
    }
  });
});

describe('ambiguous one-character prefixes name every candidate partner', () => {
  it.each<[string, string, string]>([
    // 瑞: Switzerland and Sweden; narrowed to the partners whose calls of that kind the catalogue knows
    ['中瑞合作研究项目', 'nsfc-org-research', 'snsf+vr'],
    ['中瑞合作交流项目', 'nsfc-org-visit', 'stint'],
    ['中比合作交流项目', 'nsfc-org-visit', 'fwo+fnrs'],
    ['中俄合作研究项目', 'nsfc-org-research', 'rfbr+rsf'],
    ['中日合作研究项目', 'nsfc-org-research', 'jst+a3'],
    ['中日合作交流项目', 'nsfc-org-visit', 'jsps'],
    ['中英合作交流项目', 'nsfc-org-visit', 'rs+rse'],
    ['中英人才项目', 'nsfc-org-exchange', 'rs+ams'],
    // 中法: no French partner's conference calls are known, so every French partner of NSFC
    ['中法学术会议项目', 'nsfc-org-conference', 'anr+cnrs'],
    ['中德合作研究项目', 'nsfc-org-research', 'dfg'],
  ])('%s', (text, programme, partners) => {
    expect(found(text)).toEqual([[text, programme, partners]]);
    const [mention] = recognizer.find(text);
    for (const partner of mention!.partners!) expect(partner).toMatchObject({ text: text.slice(0, 2), via: 'prefix' });
  });

  it('the candidates come from the country table and the partners per country', () => {
    const swiss = bundledPartners.partnersOfCountry('ch').map((p) => p.id);
    const swedish = bundledPartners.partnersOfCountry('se').map((p) => p.id);
    expect(bundledPartners.countryByPrefix('瑞').map((c) => c.code)).toEqual(['ch', 'se']);
    for (const id of ['snsf', 'vr', 'stint']) expect([...swiss, ...swedish]).toContain(id);
  });

  it('unless the same name carries the abbreviation or the partner’s name', () => {
    expect(found('中瑞（NSFC-SNSF）合作研究项目')).toEqual([['中瑞（NSFC-SNSF）合作研究项目', 'nsfc-org-research', 'snsf']]);
    expect(found('NSFC-VR（中瑞）合作研究项目')).toEqual([['NSFC-VR（中瑞）合作研究项目', 'nsfc-org-research', 'vr']]);
    expect(found('中英（NSFC-RS）合作交流项目')).toEqual([['中英（NSFC-RS）合作交流项目', 'nsfc-org-visit', 'rs']]);
  });

  it('an abbreviation two partners share names both (NRF: Korea and South Africa)', () => {
    expect(found('NSFC-NRF合作研究项目')).toEqual([['NSFC-NRF合作研究项目', 'nsfc-org-research', 'nrf+nrf-za']]);
  });
});

describe('partners named alone', () => {
  it.each<[string, string]>([
    ['德国研究联合会', 'dfg'],
    ['Royal Society of Edinburgh', 'rse'],
    ['香港研究资助局', 'rgc'],
    ['Academy of Finland', 'rcf'],
    ['香港研究資助局', 'rgc'],
  ])('%s is a mention of the partner, with no programme', (text, partner) => {
    const mentions = recognizer.find(`据悉，${text}宣布。`);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.refs).toEqual([]);
    expect(mentions[0]!.partners!.map((p) => p.partnerId)).toEqual([partner]);
  });

  it.each(['DFG', 'NSF', 'RS', 'EC', 'NRF', 'ERC', 'JSPS', 'NSFC', 'NSFC-DFG', '研资局', '中德', '新西兰'])(
    'a bare abbreviation, short name, prefix or country (%s) alone is never marked',
    (text) => {
      expect(found(`The ${text} said; ${text}表示`)).toEqual([]);
    },
  );

  it('a name hidden by a prefix that composes nothing is still found (其中德国研究联合会)', () => {
    expect(found('其中德国研究联合会资助三项')).toEqual([['德国研究联合会', '', 'dfg']]);
    expect(found('其中德国研究联合会合作研究项目不限项')).toEqual([['德国研究联合会', '', 'dfg']]);
  });
});

describe('must not match', () => {
  it.each<[string, string]>([
    ['non-agreement projects, the opposite of 组织间', '非组织间合作项目'],
    ['non-agreement projects, short', '非组织间项目'],
    ['non-agreement research projects', '本年度非组织间合作研究项目不受理'],
    ['a partner’s own programme', 'DFG Collaborative Research Centres (SFB/TRR) and Research Training Groups'],
    ['a BMBF call', 'BMBF call for Sino-German projects: 德国联邦教育与研究部中德合作项目'],
    ['CAS’s partner calls', '中国科学院与德国亥姆霍兹联合会合作研究项目'],
    ['a province’s international programme', '广东省国际科技合作项目；江苏省和新西兰政府间科技合作项目'],
    ['a joint committee’s exchange visits', '中国和匈牙利政府间科技合作委员会第7届例会交流项目'],
    ['a joint committee’s exchange visits, short', '中匈科技合作委员会例会交流项目'],
  ])('%s: %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('CAS’s call with a partner NSFC also works with: the partner is named, no programme is', () => {
    expect(found('中国科学院与德国研究联合会合作研究项目')).toEqual([['德国研究联合会', '', 'dfg']]);
  });
});

describe('all-caps abbreviations match only in capitals or as the catalogue writes them (issue 14)', () => {
  it.each<[string, Array<[string, string, string]>]>([
    ['RFIS', [['RFIS', 'nsfc-rfis+nsfc-rfis-young', '']]],
    ['ＲＦＩＳ', [['ＲＦＩＳ', 'nsfc-rfis+nsfc-rfis-young', '']]],
    ['rfis', []],
    ['Rfis', []],
    ['the rfis gene', []],
    ['RFIS-II', [['RFIS-II', 'nsfc-rfis-excellent', '']]],
    ['rfis-ii', []],
    ['NSFC-DFG Joint Research Program', [['NSFC-DFG Joint Research Program', 'nsfc-org-research', 'dfg']]],
    ['NSFC-DFG joint research program', [['NSFC-DFG joint research program', 'nsfc-org-research', 'dfg']]],
    ['nsfc-dfg joint research program', []],
    ['Nsfc-Dfg合作研究项目', []],
    ['NSFC-TÜBİTAK项目', [['NSFC-TÜBİTAK项目', 'nsfc-org-research', 'tubitak']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('names that are not abbreviations match in any case', () => {
    expect(found('ROYAL SOCIETY OF EDINBURGH; research fund for international scientists')).toEqual([
      ['ROYAL SOCIETY OF EDINBURGH', '', 'rse'],
      ['research fund for international scientists', 'nsfc-rfis', ''],
    ]);
  });
});

describe('the content script’s partner words (core/generated/partner-words.json)', () => {
  it('recognise what the whole partner file does', () => {
    const whole = createRecognizer(bundledCatalogue.entries, { partners: bundledPartners });
    const titles = bundledPartners.partners.flatMap((p) => p.programmes.flatMap((l) => (l.titles ?? []).map((t) => t.text)));
    const names = bundledPartners.partners.flatMap((p) => (p.names ?? []).map((n) => n.text));
    const text = [...titles, ...names, '中瑞合作研究项目', '中英人才项目', '中法学术会议项目'].join('。\n');
    expect(recognizer.find(text)).toEqual(whole.find(text));
    expect(recognizer.find(text).length).toBeGreaterThan(100);
  });
});

describe('without partners', () => {
  it('only programme names are recognised, as before', () => {
    const programmesOnly = createRecognizer(bundledCatalogue.entries);
    expect(found('中德合作研究项目；德国研究联合会；外国学者研究基金项目', programmesOnly)).toEqual([
      ['外国学者研究基金项目', 'nsfc-rfis', ''],
    ]);
  });
});
