/**
 * The parts every hover card shares (MentionCard, GrantNumberCard, PartnerCard): the close
 * button in the corner and the "Esc closes" hint at the bottom, worded once.
 */
import { pick, type Lang } from '../core/i18n';

const T = {
  close: { zh: '关闭', en: 'Close' },
  escHint: { zh: '按 Esc 关闭', en: 'Esc closes' },
};

export function CardClose({ lang, onClose }: { lang: Lang; onClose(): void }) {
  return (
    <button type="button" class="gl-close" aria-label={pick(T.close, lang)} onClick={onClose}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

export function CardHint({ lang }: { lang: Lang }) {
  return (
    <p class="gl-hint" aria-hidden="true">
      {pick(T.escHint, lang)}
    </p>
  );
}
