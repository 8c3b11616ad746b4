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
import { bundledSearch } from '../../components/bundled-search';
import { PopupApp } from '../../components/PopupApp';

let root: HTMLElement;
let openInCatalogue: ReturnType<typeof vi.fn<(id: string) => void>>;

function mount(lang: Lang = 'en') {
  openInCatalogue = vi.fn<(id: string) => void>();
  act(() => {
    render(
      <PopupApp
        catalogue={bundledCatalogue}
        search={bundledSearch()}
        partners={{ catalogue: bundledPartners, sources: bundledSources }}
        lang={lang}
        openInCatalogue={openInCatalogue}
      />,
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
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No programme or partner matches');
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
    expect(options()[0].textContent).toMatch(/partner/);
  });

  it('lists every German partner for 中德, saying it matched the prefix', () => {
    mount();
    type('中德');
    const listed = options().map((option) => option.dataset.partnerId);
    expect(listed).toEqual(bundledPartners.partnersOfCountry('de').map((partner) => partner.id));
    expect(options()[0].textContent).toContain('prefix中德');
  });

  it('opens a partner: names, country, calls with years, facts latest first with sources; a call opens the programme', () => {
    mount();
    type('DFG');
    press('Enter');
    expect(heading()?.textContent).toBe('德国研究联合会');
    const detail = root.querySelector('.gl-partner')!;
    expect(detail.textContent).toContain('German Research Foundation');
    expect(detail.textContent).toContain('Country: Germany');
    expect(detail.textContent).toContain('德国科学基金会'); // the former name, with its years
    expect(detail.textContent).toContain('until 2018');
    expect(detail.textContent).toContain('calls seen 2016–2021');
    expect(detail.textContent).toContain('中德(NSFC-DFG)合作研究项目');
    const years = [...detail.querySelectorAll('.gl-fact dt')].map((dt) => Number(dt.textContent!.slice(0, 4)));
    expect(years.length).toBeGreaterThan(2);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(detail.querySelector('.gl-fact .gl-source-ref')?.textContent).toMatch(/\[\d+\]/);
    expect(detail.querySelectorAll('.gl-sources li').length).toBe(bundledPartners.byId('dfg')!.sources.length);

    const call = [...detail.querySelectorAll<HTMLButtonElement>('.gl-calls button')].find((button) =>
      button.textContent?.includes('Inter-organizational Cooperative Research Projects'),
    )!;
    act(() => call.click());
    expect(heading()?.textContent).toBe('组织间国际（地区）合作研究项目');
    press('Escape'); // back to the partner, then to the search
    expect(heading()?.textContent).toBe('德国研究联合会');
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
