/**
 * The popup (components/PopupApp.tsx) in happy-dom over the real catalogue and search:
 * the combobox's ARIA contract and keyboard (↓ ↓ ↑ Enter Esc), the detail view with its
 * actions, and both UI languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import type { Lang } from '../../core/i18n';
import { bundledSearch } from '../../components/bundled-search';
import { PopupApp } from '../../components/PopupApp';

let root: HTMLElement;
let openInCatalogue: ReturnType<typeof vi.fn<(id: string) => void>>;

function mount(lang: Lang = 'en') {
  openInCatalogue = vi.fn<(id: string) => void>();
  act(() => {
    render(
      <PopupApp catalogue={bundledCatalogue} search={bundledSearch()} lang={lang} openInCatalogue={openInCatalogue} />,
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

  it('says when nothing matches', () => {
    mount();
    type('qqqxxzz');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No programme matches');
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
    expect(openInCatalogue).toHaveBeenCalledWith('nsfc-key');
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
      expect(root.querySelector('.gl-copy-status')?.textContent).toBe('Copied: 政府间国际科技创新合作重点专项');

      writeText.mockRejectedValueOnce(new Error('denied'));
      await act(async () => copy.click());
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
      lang === 'zh' ? '名称、简称、英文或拼音，如 zdgj' : 'Name, short name, pinyin… e.g. RFIS',
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
