/**
 * The card of a grant number that is none of the catalogue's programmes (an NSFC grant of
 * another type, another National Key R&D special project): what the number is, by its
 * pattern, and its acknowledgement line. The same frame and behaviour as MentionCard (a
 * non-modal dialog named by its heading, a close button, Esc), without an entry to show.
 */
import { pick, type Lang } from '../core/i18n';
import { CardClose, CardHint } from './card-chrome';
import { AcknowledgementButton } from './AcknowledgementButton';
import { GrantNumberSection, type GrantNumberInfo } from './GrantNumberSection';

const T = {
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
      <CardClose lang={lang} onClose={onClose} />
      <h2 class="gl-name-zh" id={headingId}>
        {pick(info.text.label, lang)}
      </h2>
      <p class="gl-meta">{pick(T.notHere, lang)}</p>
      <GrantNumberSection info={info} lang={lang} withReading={false} />
      <div class="gl-actions">
        <AcknowledgementButton grant={info.reading} lang={lang} />
      </div>
      <CardHint lang={lang} />
    </div>
  );
}
