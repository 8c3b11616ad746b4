/** The fields or areas a programme funds, as a row of chips in the UI language. */
import type { Bilingual } from '../core/schema';
import { pick, type Lang } from '../core/i18n';

const T = { label: { zh: '资助领域', en: 'Focus areas' } };

export function FocusChips({ focus, lang }: { focus: readonly Bilingual[]; lang: Lang }) {
  if (focus.length === 0) return null;
  return (
    <ul class="gl-chips" aria-label={pick(T.label, lang)}>
      {focus.map((item) => (
        <li class="gl-chip" key={item.zh} title={lang === 'zh' ? item.en : item.zh}>
          {pick(item, lang)}
        </li>
      ))}
    </ul>
  );
}
