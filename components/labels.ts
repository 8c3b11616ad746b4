/**
 * Bilingual labels for the catalogue's own vocabulary (entry kinds, alias kinds, English-name
 * status), used by several components. UI sentences stay in each component's table; the
 * funders' names are catalogue data (core/catalogue.ts FUNDER_NAMES).
 */
import type { PartnerFactTopic, PartnerKind, PartnerName, ProgrammeLink } from '../core/partner-schema';
import type { Alias, Bilingual, Entry } from '../core/schema';

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

/** What kind of partner a record is (core/partner-schema.ts `kind`). */
export const PARTNER_KIND_LABEL: Record<PartnerKind, Bilingual> = {
  organisation: { zh: '合作机构', en: 'partner organisation' },
  country: { zh: '政府间合作国家/地区', en: 'intergovernmental partner' },
  group: { zh: '多国合作', en: 'group of countries' },
};

/** A partner's written forms beyond its full names (PartnerName `kind`). */
export const PARTNER_NAME_KIND_LABEL: Record<Exclude<PartnerName['kind'], 'name'>, Bilingual> = {
  former: ALIAS_KIND_LABEL.former,
  abbreviation: ALIAS_KIND_LABEL.abbreviation,
  short: ALIAS_KIND_LABEL.short,
  variant: ALIAS_KIND_LABEL.variant,
  unit: { zh: '下属机构', en: 'council or unit' },
};

/** Calls a programme link does not describe by itself (ProgrammeLink `callKind`). */
export const CALL_KIND_LABEL: Record<NonNullable<ProgrammeLink['callKind']>, Bilingual> = {
  talent: { zh: '人才项目', en: 'talent and fellowship calls' },
  agreement: { zh: '合作协议，未见征集', en: 'agreement; no call seen' },
};

/** What a partner fact is about (PartnerFact `topic`). */
export const FACT_TOPIC_LABEL: Record<PartnerFactTopic, Bilingual> = {
  funding: { zh: '资助', en: 'funding' },
  duration: { zh: '期限', en: 'duration' },
  projects: { zh: '项目数', en: 'projects' },
  limit: { zh: '限项', en: 'limits' },
  eligibility: { zh: '申请条件', en: 'eligibility' },
  submission: { zh: '申报', en: 'submission' },
  scope: { zh: '范围', en: 'scope' },
  agreement: { zh: '协议', en: 'agreement' },
  other: { zh: '其他', en: 'other' },
};

/** A programme that has ended, with its years (Entry `years` with `to`). */
export const HISTORICAL_LABEL: Bilingual = { zh: '历史项目', en: 'historical programme' };
