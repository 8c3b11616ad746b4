/**
 * The part of a card that came from a grant number (issue 11): the number, what its pattern
 * says (programme and year), the "inferred from the number's pattern" note with the rule, and
 * whether the words beside the number agree. Used inside MentionCard (a number of a programme)
 * and GrantNumberCard (a number that is none of these programmes).
 */
import type { Catalogue } from '../core/catalogue';
import { catalogueNames, explainGrantNumber, type GrantNumberText } from '../core/grant-number-texts';
import { pick, type Lang } from '../core/i18n';
import type { Entry } from '../core/schema';
import type { GrantNumberReading } from '../core/types';

const T = {
  section: { zh: '项目编号', en: 'Grant number' },
  number: { zh: '编号', en: 'Grant number' },
  says: { zh: '按编号格式：', en: 'By its pattern: ' },
  inferred: {
    zh: '由编号格式推断（资助机构未公布编号规则）：',
    en: "Inferred from the number's pattern (the funders do not publish what the digits mean): ",
  },
  subtask: { zh: '项目 {project} 的第 {index} 号课题', en: 'Sub-task {index} of project {project}' },
  besideAgrees: { zh: '旁边的文字写的是{names}，与编号一致。', en: 'The words beside it name {names}; the number agrees.' },
  besideDiffers: {
    zh: '旁边的文字写的是{names}，卡片以文字为准；编号格式指向的不同。',
    en: 'The words beside it name {names}, which the card follows; the number points elsewhere.',
  },
  besideUnknown: {
    zh: '旁边的文字写的是{names}；编号格式无法确认。',
    en: 'The words beside it name {names}; the number cannot confirm it.',
  },
  besideOldName: {
    zh: '旁边的文字用的是{names}（2001–2015年）的名称，论文常沿用于国家重点研发计划项目；卡片以编号为准。',
    en: 'The words beside it use the name of {names} (2001–2015), which papers often kept for National Key R&D grants; the card follows the number.',
  },
};

/** A number's reading with the catalogue entries it refers to, resolved for the views. */
export interface GrantNumberInfo {
  reading: GrantNumberReading;
  /** What the reading says, in words (its label and rule). */
  text: GrantNumberText;
  /** The programmes the words beside the number name (reading.beside), as entries. */
  beside: readonly Entry[];
}

/** Resolves the entries a reading refers to (the card host calls this with its catalogue). */
export function grantNumberInfo(catalogue: Catalogue, reading: GrantNumberReading): GrantNumberInfo {
  const beside = (reading.beside?.entryIds ?? []).map((id) => catalogue.byId(id)).filter((e): e is Entry => e !== undefined);
  return { reading, text: explainGrantNumber(reading, catalogueNames(catalogue)), beside };
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

export function GrantNumberSection({ info, lang, withReading = true }: { info: GrantNumberInfo; lang: Lang; withReading?: boolean }) {
  const { reading, text, beside } = info;
  const names = beside.map((entry) => (lang === 'zh' ? entry.name.zh : entry.name.en[0]!.text)).join(lang === 'zh' ? '、' : ' / ');
  const besideText = reading.beside && names ? besideSentence(reading.beside, names, lang) : null;
  return (
    <section class="gl-grant" aria-label={pick(T.section, lang)}>
      <p class="gl-grant-number">
        <span class="gl-grant-key">{pick(T.number, lang)}</span> <span class="gl-grant-value">{reading.number}</span>
        {reading.subtask && (
          <span class="gl-grant-subtask">
            {' · '}
            {fill(pick(T.subtask, lang), reading.subtask)}
          </span>
        )}
      </p>
      {withReading && (
        <p class="gl-grant-reading">
          {pick(T.says, lang)}
          <strong>{pick(text.label, lang)}</strong>
        </p>
      )}
      <p class="gl-grant-inferred">
        {pick(T.inferred, lang)}
        {pick(text.rule, lang)}
      </p>
      {besideText && <p class="gl-grant-beside">{besideText}</p>}
    </section>
  );
}

function besideSentence(beside: NonNullable<GrantNumberReading['beside']>, names: string, lang: Lang): string {
  const template = !beside.decided
    ? T.besideOldName
    : beside.agreement === 'agrees'
      ? T.besideAgrees
      : beside.agreement === 'differs'
        ? T.besideDiffers
        : T.besideUnknown;
  return fill(pick(template, lang), { names: `“${names}”` });
}
