/**
 * Why a search result matched when it was not by its current name: "former name 重大…
 * (until about 2013)", "short name", "pinyin". Nothing for a hit on the name itself.
 */
import type { MatchedVia } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import { ALIAS_KIND_LABEL } from './labels';
import { formatYears } from './years';

const T = {
  pinyin: { zh: '拼音', en: 'pinyin' },
  initials: { zh: '拼音首字母', en: 'pinyin initials' },
  focus: { zh: '资助领域', en: 'focus area' },
  summary: { zh: '简介', en: 'summary' },
};

export function MatchBadge({ via, lang }: { via: MatchedVia; lang: Lang }) {
  const { kind } = via;
  const aliasLabel = kind in ALIAS_KIND_LABEL ? ALIAS_KIND_LABEL[kind as keyof typeof ALIAS_KIND_LABEL] : undefined;
  const spelled = via.how === 'pinyin' || via.how === 'initials' ? pick(T[via.how], lang) : undefined;
  const where = kind === 'focus' || kind === 'summary' ? pick(T[kind], lang) : undefined;
  if (!aliasLabel && !spelled && !where) return null;
  const years = formatYears(via.years, lang);
  return (
    <span class="gl-match">
      {aliasLabel && <span class={`gl-badge gl-badge-${kind}`}>{pick(aliasLabel, lang)}</span>}
      {spelled && <span class="gl-badge gl-badge-pinyin">{spelled}</span>}
      {where && <span class="gl-badge gl-badge-where">{where}</span>}
      {aliasLabel && (
        <span class="gl-match-text" lang={/\p{Script=Han}/u.test(via.text) ? 'zh-CN' : 'en'}>
          {via.text}
          {years && ` (${years})`}
        </span>
      )}
    </span>
  );
}
