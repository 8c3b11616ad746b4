/**
 * The hover card: what the programme under the pointer is. Reuses the entry presentation
 * shared with the popup and the catalogue page (EntryHeader, FocusChips, CopyNameButton) and
 * adds what only the card knows: how the page wrote the name (a former name, a short name...),
 * the other programmes an ambiguous form may mean, and the card's own actions.
 *
 * A non-modal dialog, not a tooltip: it holds buttons, and role="tooltip" content must not be
 * interactive. It is not focused when it opens on hover (the page keeps focus and selection);
 * the host announces it through a polite live region instead (ui/card-surface.tsx).
 */
import type { ComponentChildren } from 'preact';
import type { NameRef } from '../core/types';
import type { Entry } from '../core/schema';
import { pick, type Lang } from '../core/i18n';
import { CardClose, CardHint } from './card-chrome';
import { writtenFormOf } from '../core/written-forms';
import { entryName } from '../core/mentions-table';
import { AcknowledgementButton } from './AcknowledgementButton';
import { CopyNameButton } from './CopyNameButton';
import { EntryHeader } from './EntryHeader';
import { FocusChips } from './FocusChips';
import { GrantNumberSection, type GrantNumberInfo } from './GrantNumberSection';
import { ALIAS_KIND_LABEL } from './labels';
import { formatYears } from './years';

const T = {
  open: { zh: '在目录中查看完整条目', en: 'Open full entry in the catalogue' },
  alsoMeans: { zh: '此名称也可能指：', en: 'This name may also mean: ' },
  englishName: { zh: '英文名', en: 'English name' },
};

/** The entry a card shows, resolved from the catalogue by the host. */
export interface CardEntry {
  entry: Entry;
  /** Ancestors, the family first (Catalogue.parentChain). */
  path: readonly Entry[];
}

export interface MentionCardProps {
  /** The programme shown (the mention's first candidate). */
  shown: CardEntry;
  /** How the page wrote the name (the NameRef of the shown entry). */
  nameRef: NameRef;
  /** Other programmes an ambiguous form may name, in the catalogue's order. */
  alternatives?: readonly Entry[];
  lang: Lang;
  pinned: boolean;
  onClose(): void;
  onOpenEntry(id: string): void;
  /** Id for the heading, so the dialog is named by it. */
  headingId?: string;
  /** Set when the card comes from a grant number (issue 11). */
  grant?: GrantNumberInfo;
  /** The partner section of a partner call (CardPartners, issue 10). */
  partners?: ComponentChildren;
}

export function MentionCard(props: MentionCardProps) {
  const { shown, nameRef, lang, pinned } = props;
  const { entry, path } = shown;
  const headingId = props.headingId ?? 'gl-card-title';
  const usage = usageNote(nameRef, shown.entry, lang);
  return (
    <div
      class="gl-card"
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-summary`}
      data-pinned={pinned ? 'true' : 'false'}
      data-entry={entry.id}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      tabIndex={-1}
    >
      <CardClose lang={lang} onClose={props.onClose} />
      <EntryHeader entry={entry} path={path} lang={lang} level={2} headingId={headingId} />
      {props.grant && <GrantNumberSection info={props.grant} lang={lang} />}
      {usage && <p class="gl-usage">{usage}</p>}
      {props.alternatives && props.alternatives.length > 0 && (
        <p class="gl-alternatives">
          {pick(T.alsoMeans, lang)}
          {props.alternatives.map((other, index) => (
            <span key={other.id} data-entry={other.id}>
              {index > 0 && (lang === 'zh' ? '、' : ', ')}
              {/* In the card's language (issue 14): an English card names them in English. */}
              <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{entryName(other, lang)}</span>
            </span>
          ))}
        </p>
      )}
      {props.partners}
      <p class="gl-summary" id={`${headingId}-summary`}>
        {pick(entry.summary, lang)}
      </p>
      {entry.focus && <FocusChips focus={entry.focus} lang={lang} />}
      <div class="gl-actions">
        <CopyNameButton text={entry.name.zh} lang={lang} />
        {/* On every card: the card's height is capped (it scrolls inside), so there is room; without
            a number the lines carry a placeholder to fill in (core/acknowledgements.ts). */}
        <AcknowledgementButton entry={entry} grant={props.grant?.reading} lang={lang} />
        <button type="button" class="gl-button gl-open" onClick={() => props.onOpenEntry(entry.id)}>
          {pick(T.open, lang)}
        </button>
      </div>
      <CardHint lang={lang} />
    </div>
  );
}

/**
 * A line saying how the page wrote the name when it is not the current Chinese name:
 * "This page uses the former name “重大国际（地区）合作研究项目”, used until about 2013".
 * Null for the current name itself (nothing to explain). The years come from the entry's record
 * of that form (the mention carries its keys only).
 */
export function usageNote(ref: NameRef, entry: Entry, lang: Lang): string | null {
  if (ref.role === 'name') return null;
  const used = writtenFormOf(entry, ref)?.years;
  if (ref.role === 'english') {
    const years = formatYears(used, lang);
    // An English name still in use needs no remark; an old one does.
    if (!years || used?.to === undefined) return null;
    return sentence(pick(T.englishName, lang), ref.text, years, lang);
  }
  const kind = pick(ALIAS_KIND_LABEL[ref.role], lang);
  return sentence(kind, ref.text, formatYears(used, lang), lang);
}

function sentence(kind: string, text: string, years: string, lang: Lang): string {
  if (lang === 'zh') return `本页使用的是${kind}“${text}”${years ? `（${years}使用）` : ''}。`;
  return `This page uses the ${kind} “${text}”${years ? `, used ${years}` : ''}.`;
}
