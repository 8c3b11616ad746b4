/**
 * The acknowledgement lines (core/acknowledgements.ts): NSFC's rule wording for every NSFC
 * programme and number, a marked suggestion for MOST's, the number or a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { acknowledgementFor, acknowledgementText, NSFC_RULE_SOURCE } from '../../core/acknowledgements';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledSources } from '../../core/bundled-sources';
import { createRecognizer } from '../../core/recognizer';
import type { GrantNumberReading } from '../../core/types';

const entry = (id: string) => bundledCatalogue.byId(id)!;
const recognizer = createRecognizer(bundledCatalogue.entries);
/** The reading of a number in a cue-giving sentence. */
const grant = (number: string): GrantNumberReading =>
  recognizer.find(`Supported by NSFC (Grant No. ${number}).`).find((m) => m.grant)!.grant!;

describe('acknowledgement lines', () => {
  it("gives NSFC's rule wording with the number, citing the registry record that quotes it", () => {
    const lines = acknowledgementFor({ entry: entry('nsfc-intl'), grant: grant('62061136006') });
    expect(lines).toEqual({
      en: 'Project 62061136006 supported by National Natural Science Foundation of China',
      zh: '国家自然科学基金资助项目（62061136006）',
      funder: 'NSFC',
      basis: 'funder-rule',
      sourceKey: NSFC_RULE_SOURCE,
      placeholder: false,
    });
    expect(acknowledgementText(lines)).toBe(
      'Project 62061136006 supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（62061136006）',
    );
    expect(bundledSources.byKey(NSFC_RULE_SOURCE)?.title).toBe('关于对科研项目成果进行标注的说明');
  });

  it('uses the same NSFC wording for a number that names no programme, and a placeholder without a number', () => {
    expect(acknowledgementFor({ grant: grant('61872345') }).en).toBe(
      'Project 61872345 supported by National Natural Science Foundation of China',
    );
    expect(acknowledgementFor({ entry: entry('nsfc-rfis-senior') })).toMatchObject({
      en: 'Project [grant number] supported by National Natural Science Foundation of China',
      zh: '国家自然科学基金资助项目（[批准号]）',
      placeholder: true,
    });
  });

  it('suggests MOST lines (no official wording), naming the special project the card shows', () => {
    expect(acknowledgementFor({ entry: entry('most-intergov'), grant: grant('2019YFE0126800') })).toEqual({
      en: 'Supported by the National Key R&D Program of China, Intergovernmental International Science and Technology Innovation Cooperation (2019YFE0126800)',
      zh: '国家重点研发计划政府间国际科技创新合作重点专项资助（2019YFE0126800）',
      funder: 'MOST',
      basis: 'suggestion',
      placeholder: false,
    });
    // The family, or a number of another special project: the programme alone.
    expect(acknowledgementFor({ grant: grant('2019YFE0303100') })).toMatchObject({
      en: 'Supported by the National Key R&D Program of China (2019YFE0303100)',
      zh: '国家重点研发计划资助（2019YFE0303100）',
    });
    expect(acknowledgementFor({ entry: entry('most-strategic') })).toMatchObject({
      zh: '国家重点研发计划战略性科技创新合作重点专项资助（[项目编号]）',
      placeholder: true,
    });
    expect(acknowledgementFor({ entry: entry('most-legacy-intl'), grant: grant('2012DFB10200') })).toMatchObject({
      en: 'Supported by the International S&T Cooperation Program of China (2012DFB10200)',
      zh: '国际科技合作专项资助（2012DFB10200）',
      basis: 'suggestion',
    });
  });

  it("follows the number's funder when the words beside it name another funder's programme", () => {
    // 政府间… beside an NSFC number: the paper acknowledges the NSFC grant.
    expect(acknowledgementFor({ entry: entry('most-intergov'), grant: grant('61872345') })).toMatchObject({
      funder: 'NSFC',
      zh: '国家自然科学基金资助项目（61872345）',
    });
  });
});
