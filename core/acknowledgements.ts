/**
 * The acknowledgement lines a paper should carry for a grant (issue 11): English and Chinese,
 * for a programme and, when the card came from a grant number, that number (a placeholder to
 * fill in otherwise).
 *
 * - NSFC: the wording NSFC's rule gives for marking the results of funded projects, as a
 *   university's research pages quote it (registry record `csust-2016-ack`; NSFC's own text was
 *   not found): "Project <number> supported by National Natural Science Foundation of China" /
 *   "国家自然科学基金资助项目（<批准号>）". The rule names the funder, not the programme, so every
 *   NSFC programme (and any NSFC number) gets the same lines.
 * - MOST: no official wording was found, so the lines are a SUGGESTION in the form papers use:
 *   the National Key R&D Program with the special project's name, or the 2001–2015 programme's
 *   name, and the number.
 *
 * Pure: no DOM, no browser API.
 */
import type { Entry } from './schema';
import type { GrantNumberReading } from './types';

export interface Acknowledgement {
  en: string;
  zh: string;
  funder: Entry['funder'];
  /**
   * `funder-rule`: the wording the funder's own rule gives (quoted in the registry record
   * `sourceKey`); `suggestion`: no official wording was found.
   */
  basis: 'funder-rule' | 'suggestion';
  sourceKey?: string;
  /** The number is a placeholder for the reader to fill in. */
  placeholder: boolean;
}

/** The registry record (data/sources.json) that quotes NSFC's rule. */
export const NSFC_RULE_SOURCE = 'csust-2016-ack';

const PLACEHOLDER = {
  NSFC: { zh: '[批准号]', en: '[grant number]' },
  MOST: { zh: '[项目编号]', en: '[grant number]' },
} as const;

/** The family of MOST's 2001–2015 programme (its numbers look like 2012DFB10200). */
const MOST_LEGACY = 'most-legacy-intl';
/** The family of the National Key R&D Program's international special projects. */
const MOST_NKRD = 'most-intl';

/**
 * The lines for a programme (`entry`) and/or a grant number (`grant`). The number's funder
 * decides the wording when there is a number; the programme's name is used when it has that
 * funder too (words beside a number may name another funder's programme).
 */
export function acknowledgementFor({ entry, grant }: { entry?: Entry | null; grant?: GrantNumberReading }): Acknowledgement {
  const funder = grant?.funder ?? entry?.funder;
  if (!funder) throw new Error('acknowledgementFor needs a programme or a grant number');
  const placeholder = !grant;
  const number = grant?.number;
  const programme = entry && entry.funder === funder ? entry : null;

  if (funder === 'NSFC') {
    return {
      en: `Project ${number ?? PLACEHOLDER.NSFC.en} supported by National Natural Science Foundation of China`,
      zh: `国家自然科学基金资助项目（${number ?? PLACEHOLDER.NSFC.zh}）`,
      funder,
      basis: 'funder-rule',
      sourceKey: NSFC_RULE_SOURCE,
      placeholder,
    };
  }

  const en = number ?? PLACEHOLDER.MOST.en;
  const zh = number ?? PLACEHOLDER.MOST.zh;
  const suggestion = (lines: { en: string; zh: string }): Acknowledgement => ({ ...lines, funder, basis: 'suggestion', placeholder });
  const inFamily = (family: string) => programme !== null && (programme.id === family || programme.parent === family);
  if (inFamily(MOST_LEGACY)) {
    return suggestion({ en: `Supported by the ${programme!.name.en[0]!.text} (${en})`, zh: `${programme!.name.zh}资助（${zh}）` });
  }
  if (grant?.form === 'most-df') {
    // A 2001–2015 number with no programme to name (a catalogue without it): MOST itself.
    return suggestion({ en: `Supported by the Ministry of Science and Technology of China (${en})`, zh: `科学技术部资助（${zh}）` });
  }
  // The National Key R&D Program, with the special project's name when the card shows one.
  const special = programme !== null && programme.parent === MOST_NKRD ? programme : null;
  return suggestion(
    special
      ? {
          en: `Supported by the National Key R&D Program of China, ${special.name.en[0]!.text} (${en})`,
          zh: `国家重点研发计划${special.name.zh}资助（${zh}）`,
        }
      : { en: `Supported by the National Key R&D Program of China (${en})`, zh: `国家重点研发计划资助（${zh}）` },
  );
}

/** What goes on the clipboard: the English line, then the Chinese one. */
export function acknowledgementText(lines: Acknowledgement): string {
  return `${lines.en}\n${lines.zh}`;
}
