/**
 * "Copy acknowledgement": the English and Chinese lines a paper should carry for a grant of
 * this programme (core/acknowledgements.ts), with the number when the card came from one.
 * Copies through CopyNameButton (one way to the clipboard, one confirmation pattern) and says
 * where the wording comes from: the funder's rule, with the document that quotes it, or a
 * suggestion where no official wording was found.
 */
import { acknowledgementFor, acknowledgementText, type Acknowledgement } from '../core/acknowledgements';
import { bundledSources } from '../core/bundled-sources';
import { pick, type Lang } from '../core/i18n';
import type { Entry } from '../core/schema';
import type { SourceRegistry } from '../core/sources';
import type { GrantNumberReading } from '../core/types';
import { CopyNameButton } from './CopyNameButton';

const T = {
  copy: { zh: '复制致谢语', en: 'Copy acknowledgement' },
  copySuggested: { zh: '复制建议致谢语', en: 'Copy suggested acknowledgement' },
  failed: { zh: '无法复制，请手动选择：', en: 'Could not copy; select it by hand: ' },
  rule: { zh: '基金委规定的标注格式，转引自', en: "NSFC's wording, as quoted in " },
  ruleAlone: { zh: '基金委规定的标注格式', en: "NSFC's wording" },
  ruleNotFound: { zh: '；未找到基金委原文。', en: "; NSFC's own text was not found." },
  suggestion: { zh: '建议写法：未找到科技部的官方致谢格式。', en: 'A suggestion: no official MOST wording was found.' },
  fillIn: { zh: '请填入编号。', en: 'Fill in the grant number.' },
};

export interface AcknowledgementButtonProps {
  /** The programme shown (a card's entry, the detail view's entry); absent for a number alone. */
  entry?: Entry | null;
  /** The grant number the card came from. */
  grant?: GrantNumberReading;
  lang: Lang;
  /**
   * Say where the wording comes from in a line under the button (the detail view). In the hover
   * card, whose height is precious, it is said in the confirmation instead; a suggestion is
   * marked in the button's label either way.
   */
  withNote?: boolean;
  /** Where `sourceKey` is looked up; the bundled registry unless a test gives another. */
  sources?: SourceRegistry;
}

export function AcknowledgementButton({ entry, grant, lang, withNote = false, sources = bundledSources }: AcknowledgementButtonProps) {
  const lines = acknowledgementFor({ entry, grant });
  const text = acknowledgementText(lines);
  const label = lines.basis === 'funder-rule' ? T.copy : T.copySuggested;
  const note = {
    zh: `${basisNote(lines, 'zh', sources)}${lines.placeholder ? T.fillIn.zh : ''}`,
    en: `${basisNote(lines, 'en', sources)}${lines.placeholder ? ` ${T.fillIn.en}` : ''}`,
  };
  return (
    <span class="gl-ack">
      <CopyNameButton
        text={text}
        lang={lang}
        label={label}
        copied={withNote ? undefined : { zh: `已复制（${bare(note.zh)}）：`, en: `Copied (${bare(note.en)}): ` }}
        failed={{ zh: `${T.failed.zh}${text}`, en: `${T.failed.en}${text}` }}
      />
      {withNote && <span class="gl-ack-note">{pick(note, lang)}</span>}
    </span>
  );
}

/** A sentence without its full stop, to go in brackets. */
const bare = (sentence: string) => sentence.replace(/[.。]$/, '');

/** Where the wording comes from, in a sentence. */
function basisNote(lines: Acknowledgement, lang: Lang, sources: SourceRegistry): string {
  if (lines.basis === 'suggestion') return pick(T.suggestion, lang);
  const record = lines.sourceKey ? sources.byKey(lines.sourceKey) : undefined;
  if (!record) return `${pick(T.ruleAlone, lang)}${pick(T.ruleNotFound, lang)}`;
  const publisher = record.publisher ? (lang === 'zh' ? record.publisher.zh ?? record.publisher.en : record.publisher.en ?? record.publisher.zh) : undefined;
  const year = record.date?.slice(0, 4);
  const about = [publisher, year].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  const title = lang === 'zh' ? `《${record.title}》` : record.title;
  return `${pick(T.rule, lang)}${title}${about ? (lang === 'zh' ? `（${about}）` : ` (${about})`) : ''}${pick(T.ruleNotFound, lang)}`;
}
