/**
 * Why a search result matched when it was not by its current name: "former name 重大…
 * (until about 2013)", "short name", "pinyin", "country 德国", "prefix 中德". Nothing for a hit
 * on the name itself.
 */
import type { MatchedKind, MatchedVia } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import type { Bilingual } from '../core/schema';
import { ALIAS_KIND_LABEL, PARTNER_NAME_KIND_LABEL } from './labels';
import { formatYears } from './years';

const T = {
  pinyin: { zh: '拼音', en: 'pinyin' },
  initials: { zh: '拼音首字母', en: 'pinyin initials' },
  focus: { zh: '资助领域', en: 'focus area' },
  summary: { zh: '简介', en: 'summary' },
};

/** The written forms a badge names, with the form itself after the label. */
const FORM_LABEL: Partial<Record<MatchedKind, Bilingual>> = {
  ...ALIAS_KIND_LABEL,
  unit: PARTNER_NAME_KIND_LABEL.unit,
  funder: { zh: '资助机构', en: 'funder' },
  title: { zh: '项目名称', en: 'call title' },
  country: { zh: '国家/地区', en: 'country' },
  prefix: { zh: '简称前缀', en: 'prefix' },
};

export function MatchBadge({ via, lang }: { via: MatchedVia; lang: Lang }) {
  const { kind } = via;
  const formLabel = FORM_LABEL[kind];
  const spelled = via.how === 'pinyin' || via.how === 'initials' ? pick(T[via.how], lang) : undefined;
  const where = kind === 'focus' || kind === 'summary' ? pick(T[kind], lang) : undefined;
  if (!formLabel && !spelled && !where) return null;
  const years = formatYears(via.years, lang);
  return (
    <span class="gl-match">
      {formLabel && <span class={`gl-badge gl-badge-${kind}`}>{pick(formLabel, lang)}</span>}
      {spelled && <span class="gl-badge gl-badge-pinyin">{spelled}</span>}
      {where && <span class="gl-badge gl-badge-where">{where}</span>}
      {formLabel && (
        <span class="gl-match-text" lang={/\p{Script=Han}/u.test(via.text) ? 'zh-CN' : 'en'}>
          {via.text}
          {years && ` (${years})`}
        </span>
      )}
    </span>
  );
}
