/**
 * The card of a grant number that is none of the catalogue's programmes (an NSFC grant of
 * another type, another National Key R&D special project): what the number is, by its
 * pattern, and its acknowledgement line. The same frame and behaviour as MentionCard (a
 * non-modal dialog named by its heading, a close button, Esc), without an entry to show.
 */
import { pick, type Lang } from '../core/i18n';
import { AcknowledgementButton } from './AcknowledgementButton';
import { GrantNumberSection, type GrantNumberInfo } from './GrantNumberSection';

const T = {
  close: { zh: '关闭', en: 'Close' },
  escHint: { zh: '按 Esc 关闭', en: 'Esc closes' },
  notHere: {
    zh: '不属于 Grant Lens 收录的国际合作项目。',
    en: 'Not one of the international cooperation programmes Grant Lens covers.',
  },
};

export interface GrantNumberCardProps {
  info: GrantNumberInfo;
  lang: Lang;
  pinned: boolean;
  onClose(): void;
  headingId?: string;
}

export function GrantNumberCard({ info, lang, pinned, onClose, headingId = 'gl-card-title' }: GrantNumberCardProps) {
  return (
    <div
      class="gl-card gl-number-card"
      role="dialog"
      aria-labelledby={headingId}
      data-pinned={pinned ? 'true' : 'false'}
      data-number={info.reading.number}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      tabIndex={-1}
    >
      <button type="button" class="gl-close" aria-label={pick(T.close, lang)} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      <h2 class="gl-name-zh" id={headingId}>
        {pick(info.reading.label, lang)}
      </h2>
      <p class="gl-meta">{pick(T.notHere, lang)}</p>
      <GrantNumberSection info={info} lang={lang} withReading={false} />
      <div class="gl-actions">
        <AcknowledgementButton grant={info.reading} lang={lang} />
      </div>
      <p class="gl-hint" aria-hidden="true">
        {pick(T.escHint, lang)}
      </p>
    </div>
  );
}
