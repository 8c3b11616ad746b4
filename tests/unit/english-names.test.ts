/**
 * English names as people write them (issue 11; core/english-formulas.ts, core/english-names.ts),
 * read by the extension's own recognizer: for each programme several renderings in the styles
 * papers, CVs and project lists use (word order, S&T / Science and Technology / Scientific and
 * Technological, Innovation or not, Cooperation / Collaboration, Program / Programme / Project /
 * Key Special Project / Fund, the funder around it, hyphens and line breaks), and the phrases
 * that must never be a programme.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import { CONTEXT_CONCEPTS, ENGLISH_CAPITALS, ENGLISH_GRAMMARS, ENGLISH_WORDS, type Concept } from '../../core/english-formulas';
import { createRecognizer } from '../../core/recognizer';

const recognizer = createBundledRecognizer();

/** Each mention as [text as written, programme ids joined by "+"] (grant numbers left out). */
const found = (text: string, r = recognizer) =>
  r
    .find(text)
    .filter((m) => !m.grant)
    .map((m) => [text.slice(m.start, m.end), m.refs.map((ref) => ref.entryId).join('+')]);

describe('English names: renderings that name a programme', () => {
  it.each<[entry: string, renderings: string[]]>([
    [
      'most-intergov',
      [
        'Intergovernmental International S&T Innovation Cooperation Key Special Project',
        'Inter-governmental Science and Technology Cooperation Program',
        'International Cooperation in Science and Technology Innovation between Governments',
        'International Scientific and Technological Innovation Cooperation between Governments Key Project',
        'intergovernmental international science and technology innovation cooperation key project',
        'Intergovernmental Cooperation Project of the National Key R&D Program of China',
        'Key Special Project for Intergovernmental International S&T\nInnovation Co-operation',
        'Inter-Governmental STI Collaboration Programme',
      ],
    ],
    [
      'most-strategic',
      [
        'Strategic International Science and Technology Innovation Cooperation Key Special Project',
        'Strategic Cooperation in Science and Technology Innovation Key Special Project',
        'Strategic S&T Innovation Cooperation Programme',
        'International Strategic Innovative Project of the National Key R&D Programme',
        'STRATEGIC INTERNATIONAL SCIENTIFIC AND TECHNOLOGICAL INNOVATION COOPERATION',
      ],
    ],
    [
      'most-hkmt',
      [
        'S&T Innovation Cooperation with Hong Kong, Macao and Taiwan Key Special Project',
        'Hong Kong, Macau, and Taiwan Science and Technology Innovation Cooperation Project',
        'Science and Technology Cooperation with Hong Kong, Macao and Taiwan of the National Key R&D Program of China',
      ],
    ],
    [
      'most-legacy-intl',
      [
        'International Science and Technology Cooperation Program of China',
        'Program of International S&T Cooperation',
        "China's International Scientific and Technological Cooperation Programme",
        'International Science & Technology Cooperation Program of China',
        'Programme for Key International S&T Co-operation Projects',
        'International S&T Collaboration Program of the Ministry of Science and Technology of China',
      ],
    ],
    [
      'most-intl',
      [
        'International S&T Cooperation Program',
        'International Science and Technology Innovation Cooperation Key Special Project',
        'International Cooperation Projects of the National Key R&D Program of China',
        'National Key Research and Development Program of China International S&T Cooperation Project',
        'International Sci-Tech Collaboration Projects',
      ],
    ],
    [
      'nsfc-key',
      [
        'Major International (Regional) Joint Research Program of NSFC',
        'Key International Joint Research Project',
        'Major International Collaborative Research Project of the National Natural Science Foundation of China',
        'NSFC Major International (Regional) Joint-Research Programme',
        'major international joint research projects',
      ],
    ],
    [
      'nsfc-intl-research',
      [
        'International (Regional) Collaborative Research Program',
        'NSFC International Cooperative Research Project',
        'International Joint Research Projects of the National Natural Science Foundation of China',
      ],
    ],
    [
      'nsfc-intl',
      [
        'International (Regional) Cooperation and Exchange Programs',
        'Funds for International Cooperation and Exchange of the National Natural Science Foundation of China',
        'Projects of International Cooperation and Exchanges NSFC',
        'NSFC International Collaboration and Exchange Program',
        'International (Regional) Cooperation Program of NSFC',
        'International Cooperation and Exchange Projects',
      ],
    ],
    [
      'nsfc-org-research',
      ['Inter-organisational Cooperative Research Project', 'NSFC Inter-organizational Joint Research Program'],
    ],
    ['nsfc-org', ['Inter-organizational International (Regional) Cooperative Research and Exchange Program of NSFC']],
    ['nsfc-org-exchange', ['Inter-organizational Exchange Programme']],
    ['nsfc-org-conference', ['NSFC Inter-organizational Conference Projects']],
    [
      'nsfc-rfis-young',
      [
        'Research Fund for International Young Scientists of NSFC',
        'International Young Scientists Research Fund',
        'Research Fund for Foreign Young Scholars',
        'Research Fellowship for International Young Scientist',
      ],
    ],
    ['nsfc-rfis-excellent', ['Research Fund for International Excellent Young Scientists', 'International Outstanding Young Scientists Research Fund']],
    ['nsfc-rfis-senior', ['Research Fund for International Senior Scientists of the NSFC', 'International Senior Scientists Research Fund']],
    ['nsfc-rfis', ['Research Fund for International Scientists', 'NSFC Research Fund for Foreign Scholars']],
  ])('%s', (entry, renderings) => {
    for (const text of renderings) expect(found(text), text).toEqual([[text, entry]]);
  });

  it('reads a name inside a sentence, the funder around it part of the name', () => {
    const text =
      'This work was supported by the Intergovernmental International S&T Innovation Cooperation Key Special Project of the National Key R&D Program of China and by NSFC.';
    expect(found(text)).toEqual([
      ['Intergovernmental International S&T Innovation Cooperation Key Special Project of the National Key R&D Program of China', 'most-intergov'],
    ]);
  });

  it('keeps a hyphen or a line break between any two words', () => {
    for (const text of [
      'Strategic International Science-and-Technology Innovation Cooperation Key-Special-Project',
      'Strategic\nInternational S&T\r\nInnovation Cooperation\n  Key Special Project',
      'Strategic International Science and Techno\u00adlogy Innovation Cooperation', // a soft hyphen is ignored
    ]) {
      expect(found(text), text).toEqual([[text, 'most-strategic']]);
    }
  });

  it('splits two names joined by "and", and a funder joined by "and" is not part of a name', () => {
    expect(found('the Major International Joint Research Project and the International S&T Cooperation Program')).toEqual([
      ['Major International Joint Research Project', 'nsfc-key'],
      ['International S&T Cooperation Program', 'most-intl'],
    ]);
    expect(found('the National Natural Science Foundation of China and the International Cooperation and Exchange Program')).toEqual([
      ['International Cooperation and Exchange Program', 'nsfc-intl'],
    ]);
  });

  it('a catalogue name keeps its programme, with its funder around it', () => {
    expect(found('International (Regional) Cooperative Exchange Projects of NSFC')).toEqual([
      ['International (Regional) Cooperative Exchange Projects of NSFC', 'nsfc-intl-exchange'],
    ]);
    // …but another funder is not its funder: the name alone.
    expect(found('International (Regional) Cooperative Exchange Projects of the National Key R&D Program')).toEqual([
      ['International (Regional) Cooperative Exchange Projects', 'nsfc-intl-exchange'],
    ]);
  });
});

describe('English names: the 2001–2015 programme and National Key R&D numbers', () => {
  it('is the legacy programme alone or with its own number, the 2016– family beside a YF number in its sentence', () => {
    expect(found('Program of International S&T Cooperation (2013DFG12870).')).toEqual([['Program of International S&T Cooperation', 'most-legacy-intl']]);
    expect(found('International Science and Technology Cooperation Program of China (Grant No. 2016YFE0100300).')).toEqual([
      ['International Science and Technology Cooperation Program of China', 'most-intl'],
    ]);
    const number = recognizer.find('Program of International S&T Cooperation under Grant 2016YFE0100300').find((m) => m.grant)!;
    expect(number.refs.map((ref) => ref.entryId)).toEqual(['most-intergov']); // the number shows its own pattern
    // A YF number in another sentence does not count.
    expect(found('Program of International S&T Cooperation of China. We thank 2016YFE0100300 reviewers.')).toEqual([
      ['Program of International S&T Cooperation of China', 'most-legacy-intl'],
    ]);
  });
});

describe('English names: never a programme', () => {
  it.each<[why: string, text: string]>([
    ['the National Key R&D Program alone', 'Supported by the National Key R&D Program of China (grant to Y. Li).'],
    ['NSFC alone', 'Supported by the National Natural Science Foundation of China.'],
    ['an international word in prose', 'International cooperation is welcome; science and technology cooperation matters.'],
    ['an office', 'Please contact the international cooperation program office.'],
    ['a key project of NSFC (重点项目, not international)', 'a key project of NSFC and a Key Program of the National Natural Science Foundation of China'],
    ['a domestic talent fund', 'the Excellent Young Scientists Fund of NSFC and the Young Scientists Fund'],
    ['intergovernmental cooperation without S&T or a programme', 'intergovernmental cooperation on climate; an intergovernmental cooperation program'],
    ["anyone's cooperative research programme", 'the International Collaborative Research Program of JSPS'],
    ['international exchange in prose', 'to promote international cooperation and exchange among scholars'],
    ['strategic words in prose', 'a strategic partnership and international science diplomacy'],
    ['S&T innovation cooperation in prose', 'Science and technology innovation cooperation with Hong Kong, Macao and Taiwan has deepened; we deepen intergovernmental S&T innovation cooperation'],
    ['research fund without international', 'Research Fund for Young Scientists'],
    ['lower-case abbreviations', 'see nsfc.gov.cn/sti and most people'],
  ])('%s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('English grammars: data', () => {
  const ids = new Set(bundledCatalogue.entries.map((entry) => entry.id));
  const concepts = new Set<string>([...Object.values(ENGLISH_WORDS), ...Object.values(ENGLISH_CAPITALS)].flat());

  it('names only catalogue entries, with concepts some word has', () => {
    for (const grammar of ENGLISH_GRAMMARS) {
      expect(ids.has(grammar.entry), grammar.entry).toBe(true);
      const used = [
        ...grammar.all.flatMap((group) => group.split('|')),
        ...grammar.may,
        ...(grammar.anchor ?? []),
        ...(grammar.anchorAll ?? []),
        ...(grammar.without ?? []),
        ...(grammar.needs?.any ?? []),
      ];
      for (const concept of used) expect(concepts.has(concept), `${grammar.entry}: ${concept}`).toBe(true);
      expect(grammar.entry.startsWith(grammar.funder.toLowerCase()), grammar.entry).toBe(true);
    }
    for (const context of CONTEXT_CONCEPTS) expect(concepts.has(context)).toBe(true);
  });

  it('a smaller catalogue recognises fewer names, and never one it does not have', () => {
    const small = createRecognizer(bundledCatalogue.entries.filter((entry) => entry.funder === 'NSFC'));
    expect(found('Intergovernmental S&T Cooperation Program; Major International Joint Research Project', small)).toEqual([
      ['Major International Joint Research Project', 'nsfc-key'],
    ]);
  });

  it('every concept a word has is one a grammar or the context reads', () => {
    const read = new Set<Concept>(CONTEXT_CONCEPTS);
    for (const grammar of ENGLISH_GRAMMARS) {
      for (const c of [...grammar.all.flatMap((group) => group.split('|')), ...grammar.may]) read.add(c as Concept);
    }
    for (const c of concepts) expect(read.has(c as Concept), c).toBe(true);
  });
});
