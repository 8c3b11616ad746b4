/**
 * The popup (components/PopupApp.tsx) in happy-dom over the real catalogue, partners and
 * search: the combobox's ARIA contract and keyboard (↓ ↓ ↑ Enter Esc), partner results and
 * their detail view, what an empty result says and offers, the detail view with its actions,
 * and both UI languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import type { Lang } from '../../core/i18n';
import type { CatalogueView } from '../../core/routes';
import { bundledSearch } from '../../components/bundled-search';
import { PopupApp } from '../../components/PopupApp';
import { ClipboardContext } from '../../components/clipboard-context';
import { createClipboard } from '../../services/clipboard';

let root: HTMLElement;
let openInCatalogue: ReturnType<typeof vi.fn<(view: CatalogueView) => void>>;

function mount(lang: Lang = 'en', pagePanel?: preact.ComponentChildren) {
  openInCatalogue = vi.fn<(view: CatalogueView) => void>();
  act(() => {
    render(
      <ClipboardContext.Provider value={createClipboard({ fallbackRoot: () => root })}>
        <PopupApp
          catalogue={bundledCatalogue}
          search={bundledSearch()}
          partners={{ catalogue: bundledPartners, sources: bundledSources }}
          lang={lang}
          openInCatalogue={openInCatalogue}
          pagePanel={pagePanel}
        />
      </ClipboardContext.Provider>,
      root,
    );
  });
}

const input = () => root.querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = () => [...root.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')];
const heading = () => root.querySelector('#gl-detail-heading');

function type(text: string) {
  act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(key: string, target: Element = document.activeElement ?? input()) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

function activeOption(): HTMLElement | null {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup order', () => {
  it('the search box, then the page sections (site switch, scan, on this page), then the catalogue', () => {
    mount('en', <section class="gl-test-page-panel">page</section>);
    const order = [input(), root.querySelector('.gl-test-page-panel')!, root.querySelector('.gl-popup-catalogue')!];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    // While searching, results take their place.
    type('RFIS');
    expect(root.querySelector('.gl-test-page-panel')).toBeNull();
    expect(root.querySelector('.gl-popup-catalogue')).toBeNull();
  });
});

describe('popup search (combobox)', () => {
  it('starts focused and collapsed, its listbox wired by id, with the families listed', () => {
    mount();
    expect(document.activeElement).toBe(input());
    expect(input().getAttribute('aria-expanded')).toBe('false');
    const listbox = document.getElementById(input().getAttribute('aria-controls')!);
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
    const families = [...root.querySelectorAll('.gl-tree-level-1 > li > .gl-tree-node')];
    expect(families.map((node) => node.getAttribute('data-entry-id'))).toEqual(['most-intl', 'most-legacy-intl', 'nsfc-intl']);
  });

  it('lists results as the user types, best first, with a badge for a short name', () => {
    mount();
    type('政府间专项');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(options()[0].dataset.entryId).toBe('most-intergov');
    expect(options()[0].textContent).toContain('short name');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^\d+ results?/);
  });

  it('moves with ↓ ↓ ↑, opens with Enter, goes back and clears with Esc', () => {
    mount();
    type('RFIS');
    const ids = options().map((option) => option.dataset.entryId);
    expect(ids.length).toBeGreaterThanOrEqual(3);

    press('ArrowDown');
    expect(activeOption()?.dataset.entryId).toBe(ids[0]);
    press('ArrowDown');
    expect(activeOption()?.dataset.entryId).toBe(ids[1]);
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    expect(options().filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    press('ArrowUp');
    expect(activeOption()?.dataset.entryId).toBe(ids[0]);
    press('ArrowUp'); // wraps to the last
    expect(activeOption()?.dataset.entryId).toBe(ids.at(-1));
    press('ArrowDown'); // and back to the first
    expect(activeOption()?.dataset.entryId).toBe(ids[0]);

    press('Enter');
    expect(heading()?.textContent).toBe(bundledCatalogue.byId(ids[0]!)!.name.zh);
    expect(document.activeElement).toBe(heading());

    press('Escape');
    expect(heading()).toBeNull();
    expect(document.activeElement).toBe(input());
    expect(input().value).toBe('RFIS');

    press('Escape');
    expect(input().value).toBe('');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the first result on Enter when none is active, and a new query resets the active one', () => {
    mount();
    type('zdgj');
    press('Enter');
    expect(heading()?.textContent).toBe('重点国际（地区）合作研究项目');

    press('Escape');
    type('RFIS');
    press('ArrowDown');
    press('ArrowDown');
    type('RFIS-II');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('says when nothing matches, and what the search understands', () => {
    mount();
    type('qqqxxzz');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No programme or partner matches');
    expect(root.querySelector('.gl-empty-hint')?.textContent).toContain('Try a Chinese or English name');
  });
});

describe('popup: partners', () => {
  it.each([
    ['DFG', 'dfg'],
    ['皇家学会', 'rs'],
    ['新西兰', 'nz'],
    ['zhongde', 'dfg'],
  ])('finds %s → the partner %s, marked as a partner', (query, id) => {
    mount();
    type(query);
    expect(options()[0].dataset.partnerId).toBe(id);
    expect(options()[0].querySelector('.gl-badge-partner')).not.toBeNull();
  });

  it('lists every German partner for 中德, saying it matched the prefix', () => {
    mount();
    type('中德');
    const listed = options().map((option) => option.dataset.partnerId);
    expect(listed).toEqual(bundledPartners.partnersOfCountry('de').map((partner) => partner.id));
    expect(options()[0].textContent).toContain('prefix中德');
  });

  it('opens a partner (components/PartnerDetail.tsx, shared with the catalogue page); a call opens the programme', () => {
    mount();
    type('DFG');
    press('Enter');
    expect(heading()?.textContent).toBe('German Research Foundation');
    const detail = root.querySelector('.gl-partner')!;
    expect(detail.getAttribute('data-partner-id')).toBe('dfg');
    expect(detail.textContent).toContain('德国研究联合会');
    expect(detail.textContent).toContain('德国科学基金会'); // the former name, with its years
    expect(detail.textContent).toContain('中德(NSFC-DFG)合作研究项目');
    expect(detail.querySelectorAll('.gl-fact').length).toBeGreaterThan(2);
    expect(detail.querySelector('.gl-actions')?.textContent).toContain('Open in catalogue');

    act(() => detail.querySelector<HTMLButtonElement>('.gl-actions button.gl-button:last-child')!.click());
    expect(openInCatalogue).toHaveBeenCalledWith({ kind: 'partner', id: 'dfg' });

    const call = detail.querySelector<HTMLButtonElement>('[data-programme="nsfc-org-research"] button')!;
    act(() => call.click());
    expect(heading()?.textContent).toBe('组织间国际（地区）合作研究项目');
    press('Escape'); // back to the partner, then to the search
    expect(heading()?.textContent).toBe('German Research Foundation');
    press('Escape');
    expect(heading()).toBeNull();
    expect(input().value).toBe('DFG');
  });

  it('NSF is the US partner, not the NSFC programmes', () => {
    mount();
    type('NSF');
    expect(options().map((option) => option.dataset.partnerId ?? option.dataset.entryId)).toEqual(['nsf']);
  });
});

describe('popup: historical programmes and empty results', () => {
  it('shows 国际科技合作专项 as the historical programme it is, with its years', () => {
    mount();
    type('国际科技合作专项');
    expect(options()[0].dataset.entryId).toBe('most-legacy-intl');
    expect(options()[0].textContent).toContain('historical programme');
    expect(options()[0].textContent).toContain('2001–2015');
  });

  it('a grant number: says it is read on pages, what its pattern says, and offers its programme', () => {
    mount();
    type('41620104001');
    expect(options()).toHaveLength(0);
    const hint = root.querySelector('.gl-empty-hint')!;
    expect(hint.textContent).toContain('Grant numbers are read on pages, not searched');
    expect(hint.querySelector('.gl-grant-reading')?.textContent).toContain('type code 20');
    expect(hint.querySelector<HTMLElement>('.gl-nearest button')?.dataset.entryId).toBe('nsfc-key');
  });

  it.each([
    ['123456789', 'Grant numbers are read on pages, not searched'],
    ['截止日期', 'Deadlines are in the calls, not in the catalogue'],
  ])('%s: says why nothing matches', (query, why) => {
    mount();
    type(query);
    expect(options()).toHaveLength(0);
    expect(root.querySelector('.gl-empty-hint')?.textContent).toContain(why);
  });

  it('a deadline question about a programme offers that programme, which opens', () => {
    mount('zh');
    type('重点国际 截止日期');
    expect(root.querySelector('.gl-empty-hint')?.textContent).toContain('截止日期在每年的申报通知里');
    const offer = root.querySelector<HTMLButtonElement>('.gl-nearest button')!;
    expect(offer.dataset.entryId).toBe('nsfc-key');
    act(() => offer.click());
    expect(heading()?.textContent).toBe('重点国际（地区）合作研究项目');
  });

  it('offers the nearest entries when only part of the query names one', () => {
    mount();
    type('外国学者奖学金');
    expect(root.querySelector('.gl-empty-hint')?.textContent).toContain('The nearest');
    expect(root.querySelector<HTMLElement>('.gl-nearest button')?.dataset.entryId).toBe('nsfc-rfis');
  });
});

describe('popup detail view', () => {
  it('shows the whole entry and its actions', () => {
    mount();
    type('重大国际（地区）合作研究项目');
    expect(options()[0].textContent).toContain('former name');
    expect(options()[0].textContent).toContain('until 2014');
    press('Enter');
    const detail = root.querySelector('.gl-entry')!.textContent!;
    expect(detail).toContain('Major International (Regional) Joint Research Project');
    expect(detail).toContain('重点合作研究项目');
    expect(detail).toContain('689 applications');

    act(() => root.querySelector<HTMLButtonElement>('.gl-actions button:last-child')!.click());
    expect(openInCatalogue).toHaveBeenCalledWith({ kind: 'entry', id: 'nsfc-key' });
  });

  it('opens a sub-entry from the detail of its parent', () => {
    mount();
    type('外国学者研究基金项目');
    press('Enter');
    const child = [...root.querySelectorAll<HTMLButtonElement>('.gl-children button')].find((button) =>
      button.textContent?.includes('外国资深学者研究基金项目'),
    )!;
    act(() => child.click());
    expect(heading()?.textContent).toBe('外国资深学者研究基金项目');
  });

  it('copies the name and confirms it, or says it could not', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      mount();
      type('政府间专项');
      press('Enter');
      const copy = root.querySelector<HTMLButtonElement>('.gl-copy button')!;
      await act(async () => copy.click());
      expect(writeText).toHaveBeenCalledWith('政府间国际科技创新合作重点专项');
      await settle(); // the copy resolves a few promise turns after the click
      expect(root.querySelector('.gl-copy-status')?.textContent).toBe('Copied: 政府间国际科技创新合作重点专项');

      writeText.mockRejectedValueOnce(new Error('denied'));
      await act(async () => copy.click());
      await settle(); // the copy resolves a few promise turns after the click
      expect(root.querySelector('.gl-copy-status')?.textContent).toBe('Could not copy; select the name by hand');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('popup in both languages', () => {
  it.each([
    ['en', ['Summary', 'English names', 'Short, former and other names', 'Sources'], 'former name', 'until 2014'],
    ['zh', ['简介', '英文名', '简称、曾用名及其他写法', '来源'], '曾用名', '2014年以前'],
  ] as const)('%s', (lang, sections, formerLabel, years) => {
    mount(lang);
    expect(input().getAttribute('placeholder')).toBe(
      lang === 'zh' ? '中英文名称、简称、拼音或国家，如 DFG' : 'Name, pinyin, country… e.g. RFIS, DFG',
    );
    type('重大国际（地区）合作研究项目');
    press('Enter');
    const titles = [...root.querySelectorAll('.gl-section-title')].map((title) => title.textContent);
    for (const section of sections) expect(titles).toContain(section);
    const former = [...root.querySelectorAll('.gl-names li')].find((item) =>
      item.textContent?.includes('重大国际（地区）合作研究项目'),
    )!;
    expect(former.textContent).toContain(formerLabel);
    expect(former.textContent).toContain(years);
    // The Chinese name is marked as Chinese whatever the UI language, for screen readers.
    expect(heading()?.getAttribute('lang')).toBe('zh-CN');
  });
});

/** Lets the clipboard's promise chain (and the status update after it) finish. */
async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
