/**
 * Synthetic catalogues of 1,000 and 10,000 names for the catalogue-size benchmark: the real
 * entries plus made-up programme-like entries (a partner, a field and a programme type, in
 * Chinese and English, from the words the real names and the seed use). Deterministic.
 * None of the made-up names occurs on the generated pages, so the expected mentions stay
 * the planted ones and recall remains comparable with the real catalogue.
 */
import type { Entry } from '../core/schema';
import { catalogueForms } from './catalogue-forms';
import { createRng } from './rng';

const PARTNERS: readonly [string, string][] = [
  ['中德', 'China–Germany'], ['中法', 'China–France'], ['中英', 'China–UK'], ['中美', 'China–US'],
  ['中日', 'China–Japan'], ['中韩', 'China–Korea'], ['中俄', 'China–Russia'], ['中意', 'China–Italy'],
  ['中以', 'China–Israel'], ['中瑞', 'China–Switzerland'], ['中芬', 'China–Finland'], ['中荷', 'China–Netherlands'],
  ['中澳', 'China–Australia'], ['中新', 'China–New Zealand'], ['中加', 'China–Canada'], ['中巴', 'China–Brazil'],
  ['中埃', 'China–Egypt'], ['中南', 'China–South Africa'], ['中欧', 'China–EU'], ['中泰', 'China–Thailand'],
  ['中越', 'China–Vietnam'], ['中印', 'China–India'], ['中匈', 'China–Hungary'], ['中波', 'China–Poland'],
  ['中捷', 'China–Czechia'], ['中葡', 'China–Portugal'], ['中西', 'China–Spain'], ['中希', 'China–Greece'],
  ['中比', 'China–Belgium'], ['中丹', 'China–Denmark'], ['中挪', 'China–Norway'], ['中爱', 'China–Ireland'],
  ['中智', 'China–Chile'], ['中阿', 'China–Argentina'], ['中墨', 'China–Mexico'], ['中哈', 'China–Kazakhstan'],
  ['中蒙', 'China–Mongolia'], ['中巴基', 'China–Pakistan'], ['中塞', 'China–Serbia'], ['中奥', 'China–Austria'],
];

const FIELDS: readonly [string, string][] = [
  ['新能源', 'New Energy'], ['节能减排', 'Energy Saving and Emission Reduction'], ['信息技术', 'Information Technology'],
  ['先进制造', 'Advanced Manufacturing'], ['生物医药', 'Biomedicine'], ['海洋', 'Marine Science'],
  ['农业', 'Agriculture'], ['资源环境', 'Resources and Environment'], ['人口健康', 'Population Health'],
  ['新材料', 'New Materials'], ['航空航天', 'Aerospace'], ['防灾减灾', 'Disaster Reduction'],
  ['城镇化发展', 'Urbanisation'], ['基础科学', 'Basic Science'], ['前沿技术', 'Frontier Technology'],
  ['交通', 'Transport'], ['清洁能源', 'Clean Energy'], ['医药健康', 'Medicine and Health'],
];

const TYPES: readonly [string, string][] = [
  ['国际科技创新合作重点专项', 'International S&T Innovation Cooperation Key Special Project'],
  ['合作研究项目', 'Joint Research Project'],
  ['合作交流项目', 'Cooperation and Exchange Project'],
  ['联合研究基金项目', 'Joint Research Fund'],
  ['青年学者研究基金项目', 'Young Scientists Research Fund'],
  ['学术会议项目', 'Academic Conference Project'],
  ['人员互访项目', 'Researcher Exchange Project'],
  ['科技创新合作专项', 'S&T Innovation Cooperation Special Project'],
  ['联合实验室建设项目', 'Joint Laboratory Project'],
  ['示范应用项目', 'Demonstration Project'],
];

function syntheticEntry(index: number, zh: string, en: string): Entry {
  return {
    id: `bench-synthetic-${index}`,
    kind: 'programme',
    parent: null,
    funder: index % 2 === 0 ? 'MOST' : 'NSFC',
    name: { zh, en: [{ text: en, status: 'translation' }] },
    aliases: [],
    summary: { zh: '基准测试用的虚构条目。', en: 'A made-up entry for the benchmark.' },
    // A made-up key: the bench builds its catalogues without the registry (nothing checks it).
    sourceKeys: ['bench-synthetic'],
  };
}

/**
 * The real entries plus made-up ones until the catalogue knows at least `nameCount` written
 * forms (each made-up entry adds a Chinese and an English name).
 */
export function syntheticCatalogue(realEntries: readonly Entry[], nameCount: number, seed: number): Entry[] {
  const combos: [string, string][] = [];
  for (const [pz, pe] of PARTNERS)
    for (const [fz, fe] of FIELDS)
      for (const [tz, te] of TYPES) combos.push([`${pz}${fz}${tz}`, `${pe} ${fe} ${te}`]);
  const needed = Math.ceil((nameCount - catalogueForms(realEntries).length) / 2);
  if (needed > combos.length) throw new Error(`syntheticCatalogue: at most ${combos.length * 2} made-up names`);
  // Fisher–Yates with the seeded PRNG: a varied, reproducible selection.
  const rng = createRng(seed);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  const made = combos.slice(0, Math.max(0, needed)).map(([zh, en], i) => syntheticEntry(i, zh, en));
  return [...realEntries, ...made];
}
