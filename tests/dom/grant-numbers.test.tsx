/**
 * Grant numbers in the views and the page engine (issue 11): the card a number gets (its
 * programme's card with the number section, or a number card when it names no programme),
 * Copy acknowledgement, and how the page engine paints numbers (a number of a programme as a
 * mention, one that names none on its own faint layer).
 */
import { ClipboardContext } from '../../components/clipboard-context';
import { createClipboard } from '../../services/clipboard';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createRecognizer } from '../../core/recognizer';
import type { Mention } from '../../core/types';
import { AcknowledgementButton } from '../../components/AcknowledgementButton';
import { EntryDetail } from '../../components/EntryDetail';
import { GrantNumberCard } from '../../components/GrantNumberCard';
import { MentionCard } from '../../components/MentionCard';
import { HIGHLIGHT_NAMES } from '../../page/constants';
import { createPageEngine, type PageEngine } from '../../page/engine';
import { paletteFor } from '../../core/highlight-palette';
import { highlightCss } from '../../page/highlight';
import { cardContent } from '../../ui/card-content';
import type { CardContent, NumberCardContent } from '../../ui/card-surface';
import { highlightRegistry, installHighlightShims, rangeText } from './page-fakes';

const recognizer = createRecognizer(bundledCatalogue.entries);

/** The card content of the number `number` as it stands in `text`. */
function contentOf(text: string, number: string): ReturnType<typeof cardContent> {
  const mention = recognizer.find(text).find((m: Mention) => text.slice(m.start, m.end) === number);
  if (!mention) throw new Error(`${number} not found in ${text}`);
  return cardContent(bundledCatalogue, { refs: mention.refs, grant: mention.grant, range: document.createRange() });
}

function mount(child: preact.ComponentChild): HTMLElement {
  const node = <ClipboardContext.Provider value={createClipboard({ fallbackRoot: () => document.body })}>{child}</ClipboardContext.Provider>;
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  document.body.replaceChildren();
});

describe("a number's card", () => {
  it("shows the programme's card with the number, its inferred programme and year, and the rule", async () => {
    const content = contentOf('NSFC-DFG project 62061136006', '62061136006') as CardContent;
    expect(content.shown.entry.id).toBe('nsfc-intl');
    expect(content.grant?.reading.number).toBe('62061136006');
    const root = mount(
      <MentionCard {...content} lang="en" pinned={false} onClose={() => {}} onOpenEntry={() => {}} />,
    );
    const section = root.querySelector('.gl-grant')!;
    expect(section.getAttribute('aria-label')).toBe('Grant number');
    expect(section.querySelector('.gl-grant-value')!.textContent).toBe('62061136006');
    expect(section.querySelector('.gl-grant-reading')!.textContent).toBe(
      'By its pattern: International (Regional) Cooperation and Exchange Program, 2020',
    );
    expect(section.querySelector('.gl-grant-inferred')!.textContent).toMatch(
      /^Inferred from the number's pattern \(the funders do not publish what the digits mean\): 11 digits, type code 61/,
    );
    expect(section.querySelector('.gl-grant-beside')).toBeNull();

    // Copy acknowledgement: the number's lines, in NSFC's wording, with where it comes from.
    // In the card the source is named in the confirmation (no extra line in a card).
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy acknowledgement')!;
    expect(root.querySelector('.gl-ack-note')).toBeNull();
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(
      'Project 62061136006 supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（62061136006）',
    );
    await settle(); // the copy resolves a few promise turns after the click
    expect(root.querySelector('.gl-ack .gl-copy-status')!.textContent).toBe(
      "Copied (NSFC's wording, as quoted in 关于对科研项目成果进行标注的说明 (Changsha University of Science and Technology, 2016); NSFC's own text was not found): " +
        'Project 62061136006 supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（62061136006）',
    );
  });

  it('says whether the words beside the number agree, in the reader’s language', () => {
    const agrees = contentOf('重点国际（地区）合作研究项目（批准号：71520107004）', '71520107004') as CardContent;
    let root = mount(<MentionCard {...agrees} lang="zh" pinned={false} onClose={() => {}} onOpenEntry={() => {}} />);
    expect(root.querySelector('.gl-grant-beside')!.textContent).toBe('旁边的文字写的是“重点国际（地区）合作研究项目”，与编号一致。');
    expect(root.querySelector('.gl-grant-inferred')!.textContent).toMatch(/^由编号格式推断/);

    const differs = contentOf('重点国际（地区）合作研究项目（批准号：61872345）', '61872345') as CardContent;
    expect(differs.shown.entry.id).toBe('nsfc-key'); // the words win
    root = mount(<MentionCard {...differs} lang="en" pinned={false} onClose={() => {}} onOpenEntry={() => {}} />);
    expect(root.querySelector('.gl-grant-reading')!.textContent).toBe(
      'By its pattern: An NSFC grant of 2018, not an international programme',
    );
    expect(root.querySelector('.gl-grant-beside')!.textContent).toBe(
      'The words beside it name “Key International (Regional) Joint Research Program”, which the card follows; the number points elsewhere.',
    );
  });

  it('shows a sub-task number as part of its project, and a suggested MOST acknowledgement', async () => {
    const content = contentOf('课题编号 2019YFE0126802', '2019YFE0126802') as CardContent;
    const root = mount(<MentionCard {...content} lang="en" pinned={false} onClose={() => {}} onOpenEntry={() => {}} />);
    expect(root.querySelector('.gl-grant-number')!.textContent).toBe('Grant number 2019YFE0126802 · Sub-task 2 of project 2019YFE0126800');
    expect(root.querySelector('.gl-grant-reading')!.textContent).toMatch(/^By its pattern: Probably Intergovernmental/);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy suggested acknowledgement')!;
    await act(async () => button.click());
    await settle(); // the copy resolves a few promise turns after the click
    expect(root.querySelector('.gl-ack .gl-copy-status')!.textContent).toMatch(/^Copied \(A suggestion: no official MOST wording was found\): Supported by/);
    expect(writeText).toHaveBeenCalledWith(
      'Supported by the National Key R&D Program of China, Intergovernmental International Science and Technology Innovation Cooperation (2019YFE0126802)\n' +
        '国家重点研发计划政府间国际科技创新合作重点专项资助（2019YFE0126802）',
    );
  });

  it('gets a number card when the number names no programme: what it is, and its acknowledgement', async () => {
    const content = contentOf('国家自然科学基金面上项目 61872345', '61872345') as NumberCardContent;
    expect(content).toEqual({ number: expect.objectContaining({ reading: expect.objectContaining({ entryId: null }) }) });
    const onClose = vi.fn();
    const root = mount(<GrantNumberCard info={content.number} lang="en" pinned={false} onClose={onClose} />);
    const card = root.querySelector('.gl-card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(document.getElementById(card.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'An NSFC grant of 2018, not an international programme',
    );
    expect(card.querySelector('.gl-grant-value')!.textContent).toBe('61872345');
    expect(card.querySelector('.gl-grant-reading')).toBeNull(); // the heading says it
    expect(card.querySelector('.gl-grant-inferred')!.textContent).toContain('11-digit numbers since 2011');
    await act(async () => [...card.querySelectorAll('button')].find((b) => b.textContent === 'Copy acknowledgement')!.click());
    expect(writeText).toHaveBeenCalledWith(
      'Project 61872345 supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（61872345）',
    );
    act(() => card.querySelector<HTMLButtonElement>('.gl-close')!.click());
    expect(onClose).toHaveBeenCalled();
  });

  it("offers a name's acknowledgement too, with a placeholder for the number (the card's height is capped)", async () => {
    const content = cardContent(bundledCatalogue, {
      refs: recognizer.find('重点国际（地区）合作研究项目')[0]!.refs,
      range: document.createRange(),
    })!;
    const root = mount(<MentionCard {...content} lang="en" pinned={false} onClose={() => {}} onOpenEntry={() => {}} />);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '×',
      'Copy name',
      'Copy acknowledgement',
      'Open full entry in the catalogue',
    ]);
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy acknowledgement')!.click());
    expect(writeText).toHaveBeenCalledWith(
      'Project [grant number] supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（[批准号]）',
    );
  });

  it('has no card for a mention without programme or number', () => {
    expect(cardContent(bundledCatalogue, { refs: [], range: document.createRange() })).toBeNull();
  });
});

describe('Copy acknowledgement without a number', () => {
  it('offers the programme’s lines with a placeholder, in the detail view too', async () => {
    const entry = bundledCatalogue.byId('nsfc-rfis')!;
    const root = mount(<EntryDetail entry={entry} path={bundledCatalogue.parentChain(entry.id)} lang="zh" />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === '复制致谢语')!;
    // In the detail view the source is named in a line under the button.
    expect(root.querySelector('.gl-ack-note')!.textContent).toBe('基金委规定的标注格式，转引自《关于对科研项目成果进行标注的说明》（长沙理工大学，2016）；未找到基金委原文。请填入编号。');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(
      'Project [grant number] supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（[批准号]）',
    );
  });

  it('says so and shows the lines when the clipboard refuses', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    const root = mount(<AcknowledgementButton entry={bundledCatalogue.byId('most-legacy-intl')} lang="en" />);
    await act(async () => root.querySelector('button')!.click());
    await settle(); // the copy resolves a few promise turns after the click
    expect(root.querySelector('.gl-copy-status')!.textContent).toBe(
      'Could not copy; select it by hand: Supported by the International S&T Cooperation Program of China ([grant number])\n国际科技合作专项资助（[项目编号]）',
    );
  });
});

describe('numbers on the page', () => {
  let engine: PageEngine | null = null;
  beforeEach(() => installHighlightShims());
  afterEach(() => {
    engine?.dispose();
    engine = null;
    document.body.innerHTML = '';
  });

  it('paints a number of a programme as a mention, and one that names none on the number layer', async () => {
    document.body.innerHTML =
      '<ul><li>国家自然科学基金面上项目，61872345</li><li>中德合作研究，62061136006</li><li>电话 62327017</li></ul>';
    engine = createPageEngine({ root: document, recognizer, paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    const layer = (name: string) => [...(highlightRegistry().get(name) ?? [])].map(rangeText);
    expect(layer(HIGHLIGHT_NAMES.mention)).toEqual(['62061136006']);
    expect(layer(HIGHLIGHT_NAMES.number)).toEqual(['61872345']);
    expect(engine.mentions().map((m) => [m.text, m.ids, m.grant?.number])).toEqual([
      ['61872345', [], '61872345'],
      ['62061136006', ['nsfc-intl'], '62061136006'],
    ]);
    // Counted per programme: the number that names none adds to no programme.
    expect(engine.counts()).toEqual([{ id: 'nsfc-intl', count: 1 }]);
  });

  it('has a rule for the number layer in both looks, on light and dark pages', () => {
    for (const look of ['underline', 'background'] as const) {
      for (const background of [{ r: 255, g: 255, b: 255 }, { r: 20, g: 20, b: 20 }]) {
        expect(highlightCss(look, paletteFor([background]))).toContain(
          `::highlight(${HIGHLIGHT_NAMES.number}) { text-decoration: underline dotted`,
        );
      }
    }
  });
});

/** Lets the clipboard's promise chain (and the status update after it) finish. */
async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
