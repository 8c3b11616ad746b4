/**
 * Bilingual labels for the catalogue's own vocabulary (entry kinds, alias kinds, English-name
 * status, partner, fact and source kinds), used by several components. UI sentences stay in
 * each component's table; the funders' names are catalogue data (core/catalogue.ts FUNDER_NAMES).
 */
import type { Alias, Bilingual, Entry } from '../core/schema';
import type { PartnerFactTopic, PartnerKind, PartnerName, ProgrammeLink } from '../core/partner-schema';
import type { SourceKind } from '../core/sources';

export const ALIAS_KIND_LABEL: Record<Alias['kind'], Bilingual> = {
  short: { zh: '简称', en: 'short name' },
  former: { zh: '曾用名', en: 'former name' },
  variant: { zh: '其他写法', en: 'variant' },
  colloquial: { zh: '俗称', en: 'colloquial' },
  abbreviation: { zh: '缩写', en: 'abbreviation' },
};

export const ENTRY_KIND_LABEL: Record<Entry['kind'], Bilingual> = {
  family: { zh: '项目类别', en: 'programme family' },
  category: { zh: '项目类', en: 'category' },
  programme: { zh: '项目', en: 'programme' },
  subtype: { zh: '子类', en: 'sub-type' },
};

export const NAME_STATUS_LABEL: Record<'official' | 'translation', Bilingual> = {
  official: { zh: '官方英文名', en: 'official' },
  translation: { zh: '译名', en: 'translation' },
};

/** What a partner is (data/partners.json `kind`). */
export const PARTNER_KIND_LABEL: Record<PartnerKind, Bilingual> = {
  organisation: { zh: '合作机构', en: 'partner organisation' },
  country: { zh: '政府间合作国家', en: 'government line' },
  group: { zh: '多国合作', en: 'group of countries' },
};

/** What a partner fact is about (data/partners.json `facts[].topic`). */
export const FACT_TOPIC_LABEL: Record<PartnerFactTopic, Bilingual> = {
  funding: { zh: '资助强度', en: 'funding' },
  duration: { zh: '执行期', en: 'duration' },
  projects: { zh: '资助项目数', en: 'projects' },
  limit: { zh: '限项', en: 'limits' },
  eligibility: { zh: '申请资格', en: 'eligibility' },
  submission: { zh: '申请方式', en: 'submission' },
  scope: { zh: '资助范围', en: 'scope' },
  agreement: { zh: '合作协议', en: 'agreement' },
  other: { zh: '其他', en: 'other' },
};

/** What kind of calls a partner's link to a programme stands for, where the programme alone does not say. */
export const CALL_KIND_LABEL: Record<NonNullable<ProgrammeLink['callKind']>, Bilingual> = {
  talent: { zh: '人才项目', en: 'talent calls' },
  agreement: { zh: '仅见协议，未见征集', en: 'agreement, no call seen' },
};

/** A partner's written forms (data/partners.json `names[].kind`). */
export const PARTNER_NAME_KIND_LABEL: Record<PartnerName['kind'], Bilingual> = {
  name: { zh: '名称', en: 'name' },
  former: { zh: '曾用名', en: 'former name' },
  abbreviation: { zh: '缩写', en: 'abbreviation' },
  short: { zh: '简称', en: 'short name' },
  variant: { zh: '其他写法', en: 'variant' },
  unit: { zh: '下属机构', en: 'unit' },
};

/**
 * What a source is, as a reader should weigh it (data/sources.json `kind`). A repost and a
 * document copy name whose copy it is beside this label (SourceList).
 */
export const SOURCE_KIND_LABEL: Record<SourceKind, Bilingual> = {
  official: { zh: '官方发布', en: 'official' },
  repost: { zh: '转载', en: 'repost' },
  mirror: { zh: '非官方副本，不提供链接', en: 'unofficial copy, not linked' },
  paper: { zh: '论文', en: 'paper' },
  'document-copy': { zh: '文档分享网站副本', en: 'copy on a document-sharing site' },
  news: { zh: '新闻报道', en: 'news report' },
  encyclopedia: { zh: '百科条目', en: 'encyclopedia entry' },
  compilation: { zh: '汇编', en: 'compilation' },
  translation: { zh: '第三方译本', en: 'third-party translation' },
};

/** Said for a document or a fact without a date. */
export const UNDATED_LABEL: Bilingual = { zh: '未注明日期', en: 'undated' };

/** Said beside a form, link or fact no source shows (our reading or translation). */
export const INFERRED_LABEL: Bilingual = { zh: '推断', en: 'inferred' };

/** A programme that has ended, with its years (Entry `years` with `to`). */
export const HISTORICAL_LABEL: Bilingual = { zh: '历史项目', en: 'historical programme' };
