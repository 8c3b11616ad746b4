/**
 * The card of a partner named on its own (德国研究联合会, Royal Society of Edinburgh: issue 10),
 * with no programme in the text: the partner section alone (CardPartners, every programme's
 * facts), in the same frame and behaviour as MentionCard (a non-modal dialog named by the
 * partner's heading, a close button, Esc).
 */
import { pick, type Lang } from '../core/i18n';
import { CardClose, CardHint } from './card-chrome';
import { CardPartners, partnerHeadingId, type CardPartnersProps } from './CardPartners';

const T = {
  what: {
    zh: '中国国际科技合作项目的合作伙伴',
    en: "A partner of China's international S&T cooperation calls",
  },
};

export interface PartnerCardProps extends Omit<CardPartnersProps, 'level' | 'programmeId'> {
  pinned: boolean;
  onClose(): void;
}

export function PartnerCard(props: PartnerCardProps) {
  const { lang, pinned, partners } = props;
  return (
    <div
      class="gl-card gl-partner-card"
      role="dialog"
      aria-labelledby={partners[0] ? partnerHeadingId(partners[0].id) : undefined}
      data-pinned={pinned ? 'true' : 'false'}
      data-partners={partners.map((partner) => partner.id).join(' ')}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      tabIndex={-1}
    >
      <CardClose lang={lang} onClose={props.onClose} />
      <p class="gl-path">{pick(T.what, lang)}</p>
      <CardPartners {...props} level={2} />
      <CardHint lang={lang} />
    </div>
  );
}
