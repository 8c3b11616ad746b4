/**
 * What a grant number's reading says, in words (issue 11): the label ("Key International
 * (Regional) Joint Research Program, 2019") and the rule that produced it, in Chinese and
 * English. core/grant-numbers.ts decides which rule a number falls under (`ruleId`) and keeps
 * the decisions; this module only puts them in words, from the number's own digits and the
 * catalogue's names, when a card, the popup's search hint or the CLI shows them. Apart so that
 * the content script, which only finds numbers, does not carry these texts (about 1.5 KB gzip,
 * issue 12).
 *
 * Pure: no DOM, no browser API.
 */
import type { Catalogue } from './catalogue';
import { ELEVEN_DIGITS_FROM, NKRD, NSFC_11, NSFC_8 } from './grant-numbers';
import type { Bilingual } from './schema';
import type { GrantNumberReading } from './types';

/** Where the pattern's programmes get their names (the catalogue; tests may pass a stub). */
export type EntryNames = (id: string) => Bilingual | undefined;

export interface GrantNumberText {
  /** What the number is, in a few words (e.g. "An NSFC grant of 2019, not an international programme"). */
  label: Bilingual;
  /** The rule that said so: e.g. "11 digits, type code 20 → 重点国际（地区）合作研究项目". */
  rule: Bilingual;
}

/** The catalogue's names for a reading's programmes: the Chinese name and the first English name. */
export function catalogueNames(catalogue: Catalogue): EntryNames {
  return (id) => {
    const entry = catalogue.byId(id);
    return entry && { zh: entry.name.zh, en: entry.name.en[0].text };
  };
}

const DEPARTMENTS: Record<string, Bilingual> = {
  '1': { zh: '数理科学部', en: 'Mathematical and Physical Sciences' },
  '2': { zh: '化学科学部', en: 'Chemical Sciences' },
  '3': { zh: '生命科学部', en: 'Life Sciences' },
  '4': { zh: '地球科学部', en: 'Earth Sciences' },
  '5': { zh: '工程与材料科学部', en: 'Engineering and Materials Sciences' },
  '6': { zh: '信息科学部', en: 'Information Sciences' },
  '7': { zh: '管理科学部', en: 'Management Sciences' },
  '8': { zh: '医学科学部', en: 'Health Sciences' },
  '9': { zh: '重大研究计划', en: 'major research plans' },
  U: { zh: '联合基金', en: 'joint funds' },
  T: { zh: '两例标为“重大项目”', en: 'seen twice, labelled "Major Program"' },
};

/** A bilingual text. */
const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** The label and rule of a reading, its programmes named by `names`. */
export function explainGrantNumber(reading: GrantNumberReading, names: EntryNames): GrantNumberText {
  const name = (id: string): Bilingual => names(id) ?? bi(id, id);
  const { number, ruleId } = reading;
  const year = reading.year!;
  switch (ruleId) {
    case 'nsfc-key':
    case 'nsfc-61':
    case 'nsfc-11-530':
    case 'nsfc-rfis':
    case 'nsfc-11-unseen':
      return nsfc11(number, ruleId, year, reading.entryId!, name);
    case 'nsfc-w': {
      const family = name('nsfc-intl');
      return typeNotKnown(
        year,
        bi(
          `W + 7位数字（2024–2025年所见，凡标明项目的都是国际合作类）→ ${family.zh}，具体类型不明；第2–3位为年份（${year}）`,
          `W and 7 digits (seen 2024–2025; every labelled one was international) → ${family.en}, type not known; digits 2–3 give the year (${year})`,
        ),
      );
    }
    case 'nsfc-8':
      return nsfc8(number, year);
    case 'nkrd-e':
    case 'nkrd-fusion':
    case 'nkrd-e-unseen':
    case 'nkrd-other':
      return nkrd(reading, year, name);
    case 'df': {
      const n = name('most-legacy-intl');
      return {
        label: bi(`${n.zh}（${year}年）`, `${n.en}, ${year}`),
        rule: bi(
          `年份 + DF + 字母 + 5位数字（2001–2015年）→ ${n.zh}；前4位为年份（${year}）`,
          `Year, DF, a letter and 5 digits (2001–2015) → ${n.en}; the first 4 digits give the year (${year})`,
        ),
      };
    }
  }
}

function nsfc11(number: string, ruleId: GrantNumberReading['ruleId'], year: number, entryId: string, name: (id: string) => Bilingual): GrantNumberText {
  const [, , , type, middle] = NSFC_11.exec(number)!;
  const yearRule = bi(`；第2–3位为年份（${year}）`, `; digits 2–3 give the year (${year})`);
  const known = (zh: string, en: string): GrantNumberText => {
    const n = name(entryId);
    return {
      label: bi(`${n.zh}（${year}年）`, `${n.en}, ${year}`),
      rule: bi(`${zh.replace('@', n.zh)}${yearRule.zh}`, `${en.replace('@', n.en)}${yearRule.en}`),
    };
  };
  switch (ruleId) {
    case 'nsfc-key':
      return known(`11位批准号，第4–5位类型码 ${type} → @`, `11 digits, type code ${type} (digits 4–5) → @`);
    case 'nsfc-61':
      return known(
        '11位批准号，第4–5位类型码 61 → @（中德 NSFC-DFG 等组织间合作研究也用此类型）',
        '11 digits, type code 61 (digits 4–5) → @ (partner calls such as NSFC-DFG carry it too)',
      );
    case 'nsfc-11-530':
      return known(
        '11位批准号，类型码 11、第6–8位 530 → @（标为“国际合作与交流”）',
        '11 digits, type code 11 with middle digits 530 → @ (labelled "International Cooperation and Exchange")',
      );
    case 'nsfc-rfis':
      return entryId === 'nsfc-rfis-young'
        ? known(
            `11位批准号，类型码 50、第6–8位 ${middle} → @（2020年及以前只有这一层次）`,
            `11 digits, type code 50 with middle digits ${middle} → @ (the only tier until 2020)`,
          )
        : known(
            `11位批准号，类型码 50、第6–8位 ${middle} → @（号码看不出层次）`,
            `11 digits, type code 50 with middle digits ${middle} → @ (the tier is not in the number)`,
          );
    default: {
      const family = name('nsfc-intl');
      return typeNotKnown(
        year,
        bi(
          `11位批准号（2011年起国际合作类项目所用的格式），类型码 ${type} 未见过 → ${family.zh}，具体类型不明${yearRule.zh}`,
          `11 digits (the form of NSFC's international programmes since 2011), type code ${type} not seen before → ${family.en}, type not known${yearRule.en}`,
        ),
      );
    }
  }
}

/** An NSFC international programme whose type the number does not tell. */
function typeNotKnown(year: number, rule: Bilingual): GrantNumberText {
  return { label: bi(`基金委国际合作类项目，类型不明（${year}年）`, `An NSFC international programme, type not known (${year})`), rule };
}

function nsfc8(number: string, year: number): GrantNumberText {
  const first = NSFC_8.exec(number)![1]!;
  const department = DEPARTMENTS[first]!;
  const recent = year >= ELEVEN_DIGITS_FROM;
  const head = bi(
    `8位批准号，首位 ${first}（${department.zh}），第2–3位为年份（${year}）：基金委多数项目的格式；`,
    `8 characters, first ${first} (${department.en}), digits 2–3 give the year (${year}): the form of most NSFC programmes; `,
  );
  return {
    label: recent
      ? bi(`国家自然科学基金${year}年项目，非国际合作类`, `An NSFC grant of ${year}, not an international programme`)
      : bi(`国家自然科学基金${year}年项目，类型看不出`, `An NSFC grant of ${year}; the number does not tell the programme`),
    rule: recent
      ? bi(`${head.zh}国际合作类项目自2011年起用11位批准号`, `${head.en}NSFC's international programmes have carried 11-digit numbers since 2011`)
      : bi(`${head.zh}号码本身看不出项目类型`, `${head.en}the number alone does not tell the programme`),
  };
}

function nkrd(reading: GrantNumberReading, year: number, name: (id: string) => Bilingual): GrantNumberText {
  const [, , letter, digits] = NKRD.exec(reading.number)!;
  const group = digits!.slice(0, 2);
  const yearRule = bi(`；前4位为年份（${year}）`, `; the first 4 digits give the year (${year})`);
  const text = (label: Bilingual, rule: Bilingual): GrantNumberText => ({ label, rule: bi(rule.zh + yearRule.zh, rule.en + yearRule.en) });
  switch (reading.ruleId) {
    case 'nkrd-e': {
      const n = name(reading.entryId!);
      // The HKMT line shares the group in some years (core/grant-numbers.ts decides which: `also`).
      const withHkmt = reading.also?.includes('most-hkmt') === true;
      const hk = name('most-hkmt');
      return text(
        bi(`可能是${n.zh}（${year}年）`, `Probably ${n.en}, ${year}`),
        bi(
          `国家重点研发计划编号，字母 E、组别 ${group} → 可能是${n.zh}（所见此类编号多数如此，并非全部）` + (withHkmt ? `；这一年也包括${hk.zh}` : ''),
          `National Key R&D number, letter E, group ${group} → probably ${n.en} (most such numbers seen, not all)` +
            (withHkmt ? `; in this year also ${hk.en}` : ''),
        ),
      );
    }
    case 'nkrd-fusion':
      return text(
        bi(`国家磁约束核聚变能发展研究专项（${year}年），非国际合作`, `The fusion energy special project (${year}), not international cooperation`),
        bi(
          '国家重点研发计划编号，字母 E、组别 03 → 国家磁约束核聚变能发展研究专项（与 ITER 相关），不是国际科技合作项目',
          'National Key R&D number, letter E, group 03 → the fusion energy special project (国家磁约束核聚变能发展研究专项, ITER-related), not international cooperation',
        ),
      );
    case 'nkrd-e-unseen':
      return text(
        bi(`国家重点研发计划项目（${year}年），组别未见过`, `A National Key R&D grant of ${year}, group not seen`),
        bi(
          `国家重点研发计划编号，字母 E、组别 ${group}：未见过这一组别；字母 E 本身不说明是国际合作项目`,
          `National Key R&D number, letter E, group ${group}: a group not seen; the letter E alone does not make a grant international`,
        ),
      );
    default:
      return text(
        bi(`国家重点研发计划其他重点专项项目（${year}年），非国际合作`, `A National Key R&D grant of ${year} in another special project, not international cooperation`),
        bi(
          `国家重点研发计划编号，字母 ${letter}：其他重点专项（国际合作专项用字母 E）`,
          `National Key R&D number, letter ${letter}: another special project (the international ones use the letter E)`,
        ),
      );
  }
}
