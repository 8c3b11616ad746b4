/**
 * Bilingual labels for the catalogue's own vocabulary (entry kinds, alias kinds, English-name
 * status), used by several components. UI sentences stay in each component's table; the
 * funders' names are catalogue data (core/catalogue.ts FUNDER_NAMES).
 */
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
