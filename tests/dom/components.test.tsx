/**
 * The reusable entry pieces (EntryHeader, EntryDetail, MatchBadge, EntryTree) and the helpers
 * they share (years, catalogue routes), over the real catalogue, in both UI languages.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import { citedSourcesOfEntry } from '../../core/cited-sources';
import { FUNDER_NAMES } from '../../core/catalogue';
import { CatalogueApp } from '../../components/CatalogueApp';
import { EntryDetail, relatedOf } from '../../components/EntryDetail';
import { EntryHeader } from '../../components/EntryHeader';
import { EntryTree } from '../../components/EntryTree';
import { MatchBadge } from '../../components/MatchBadge';
import { bundledSearch } from '../../components/bundled-search';
import { entryHash } from '../../core/routes';
import { formatYears } from '../../components/years';
import { preactRoot } from './preact-root';

const mounted = preactRoot();
const show = mounted.show;

const entry = (id: string) => bundledCatalogue.byId(id)!;
const path = (id: string) => bundledCatalogue.parentChain(id);

describe('EntryHeader', () => {
  it('marks an English name that is only a translation, in the UI language', () => {
    show(<EntryHeader entry={entry('most-intergov')} path={path('most-intergov')} lang="en" />);
    expect(mounted.element.querySelector('.gl-name-en')?.textContent).toContain('translation');
    show(<EntryHeader entry={entry('most-intergov')} path={path('most-intergov')} lang="zh" />);
    expect(mounted.element.querySelector('.gl-name-en')?.textContent).toContain('译名');
  });

  it('leaves an official English name unmarked and shows the family path', () => {
    show(<EntryHeader entry={entry('nsfc-rfis-excellent')} path={path('nsfc-rfis-excellent')} lang="en" />);
    expect(mounted.element.querySelector('.gl-name-en')?.textContent).toBe('Research Fund for International Excellent Young Scientists');
    expect(mounted.element.querySelector('.gl-path')?.textContent).toBe(
      'International (Regional) Cooperation and Exchange Program › Research Fund for International Scientists',
    );
    expect(mounted.element.querySelector('.gl-meta')?.textContent).toContain('NSFC');
  });

  it('names the funder as the catalogue does, in the UI language (a full-width colon in Chinese)', () => {
    expect(show(<EntryHeader entry={entry('most-intergov')} path={[]} lang="zh" />).textContent).toContain(
      `资助机构：${FUNDER_NAMES.MOST.zh}`,
    );
    expect(show(<EntryHeader entry={entry('nsfc-key')} path={[]} lang="en" />).textContent).toContain(
      `Funder: ${FUNDER_NAMES.NSFC.en}`,
    );
  });

  it('shows a programme that has ended as historical, with its years', () => {
    expect(show(<EntryHeader entry={entry('most-legacy-intl')} path={[]} lang="en" />).textContent).toContain(
      'historical programme 2001–2015',
    );
    expect(show(<EntryHeader entry={entry('most-legacy-intl')} path={[]} lang="zh" />).textContent).toContain(
      '历史项目 2001–2015年',
    );
    expect(show(<EntryHeader entry={entry('most-intergov')} path={[]} lang="en" />).textContent).not.toContain('historical');
  });

  it('uses the requested heading level', () => {
    show(<EntryHeader entry={entry('nsfc-key')} path={[]} lang="en" level={3} headingId="h" />);
    expect(mounted.element.querySelector('h3#h')?.textContent).toBe('重点国际（地区）合作研究项目');
  });
});

describe('EntryDetail', () => {
  it('lists focus areas, conditions, facts with numbered sources, names and sub-entries', () => {
    const id = 'nsfc-rfis';
    show(
      <EntryDetail
        entry={entry(id)}
        path={path(id)}
        children={bundledCatalogue.children(id)}
        lang="en"
        hrefFor={entryHash}
      />,
    );
    const sources = [...mounted.element.querySelectorAll('.gl-sources li')];
    expect(sources).toHaveLength(citedSourcesOfEntry(entry(id), bundledSources).length);
    for (const ref of mounted.element.querySelectorAll('.gl-source-ref')) {
      const number = Number(/\[(\d+)\]/.exec(ref.textContent!)?.[1]);
      expect(number).toBeGreaterThanOrEqual(1);
      expect(number).toBeLessThanOrEqual(sources.length);
    }
    const links = [...mounted.element.querySelectorAll<HTMLAnchorElement>('.gl-children a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(bundledCatalogue.children(id).map((child) => `#/entry/${child.id}`));
    expect(mounted.element.textContent).toContain('RFIS');
    expect(mounted.element.textContent).toContain('abbreviation');
  });

  it('opens source links in a new tab without giving it the opener', () => {
    show(<EntryDetail entry={entry('nsfc-key')} path={[]} lang="zh" />);
    const links = [...mounted.element.querySelectorAll<HTMLAnchorElement>('.gl-sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });
});

describe('MatchBadge', () => {
  it('names a former name with its years, and says nothing for the current name', () => {
    show(
      <MatchBadge
        via={{ kind: 'former', text: '重大国际（地区）合作研究项目', how: 'exact', years: { to: 2013, approximate: true } }}
        lang="en"
      />,
    );
    expect(mounted.element.textContent).toBe('former name重大国际（地区）合作研究项目 (until about 2013)');
    show(<MatchBadge via={{ kind: 'name', text: '重点国际（地区）合作研究项目', how: 'exact' }} lang="en" />);
    expect(mounted.element.textContent).toBe('');
  });

  it('says when the match came through pinyin', () => {
    show(<MatchBadge via={{ kind: 'name', text: '重点国际（地区）合作研究项目', how: 'initials' }} lang="zh" />);
    expect(mounted.element.textContent).toBe('拼音首字母');
  });
});

describe('EntryTree', () => {
  it('shows every entry once, nested under its parent, and marks the current one', () => {
    show(<EntryTree catalogue={bundledCatalogue} lang="en" selectedId="nsfc-org-visit" hrefFor={entryHash} label={{ zh: '目录', en: 'Catalogue' }} />);
    const nodes = [...mounted.element.querySelectorAll<HTMLElement>('[data-entry-id]')];
    expect(nodes.map((node) => node.dataset.entryId).sort()).toEqual(bundledCatalogue.entries.map((e) => e.id).sort());
    for (const node of nodes) {
      const parentItem = node.parentElement!.parentElement!.closest('li');
      const parentId = parentItem?.querySelector<HTMLElement>(':scope > [data-entry-id]')?.dataset.entryId ?? null;
      expect(parentId).toBe(entry(node.dataset.entryId!).parent);
    }
    expect(mounted.element.querySelector('[aria-current="page"]')?.getAttribute('data-entry-id')).toBe('nsfc-org-visit');
  });

  it('stops at the requested depth (the popup shows families and their members)', () => {
    show(<EntryTree catalogue={bundledCatalogue} lang="en" depth={2} onSelect={() => {}} label={{ zh: '目录', en: 'Catalogue' }} />);
    expect(mounted.element.querySelector('.gl-tree-level-3')).toBeNull();
    expect(mounted.element.querySelectorAll('button[data-entry-id]').length).toBe(
      bundledCatalogue.roots().reduce((sum, family) => sum + 1 + bundledCatalogue.children(family.id).length, 0),
    );
  });
});

describe('CatalogueApp', () => {
  const props = { catalogue: bundledCatalogue, partners: bundledPartners, search: bundledSearch(), navigate: () => {} };

  it('shows the routed entry and marks it in the tree', () => {
    show(<CatalogueApp {...props} lang="en" route={{ view: { kind: 'entry', id: 'most-strategic' }, query: '' }} />);
    expect(mounted.element.querySelector('#gl-entry-heading')?.textContent).toBe('战略性科技创新合作重点专项');
    expect(mounted.element.querySelector('[aria-current="page"]')?.getAttribute('data-entry-id')).toBe('most-strategic');
  });

  it('opens a look-up with its best match and says so for an unknown id', () => {
    show(<CatalogueApp {...props} lang="zh" route={{ view: { kind: 'overview' }, query: '战略性国合专项' }} />);
    expect(mounted.element.querySelector('#gl-entry-heading')?.textContent).toBe('战略性科技创新合作重点专项');
    const box = mounted.element.querySelector<HTMLInputElement>('[role="combobox"]')!;
    expect(box.value).toBe('战略性国合专项');
    // Typing another query keeps the looked-up entry on screen until another is opened.
    act(() => {
      box.value = 'RFIS';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(mounted.element.querySelector('#gl-entry-heading')?.textContent).toBe('战略性科技创新合作重点专项');
    render(null, mounted.element);
    show(<CatalogueApp {...props} lang="zh" route={{ view: { kind: 'entry', id: 'nope' }, query: '' }} />);
    expect(mounted.element.querySelector('[role="alert"]')?.textContent).toBe('目录中没有编号为“nope”的条目。');
  });
});

describe('formatYears', () => {
  it.each([
    [{ to: 2013, approximate: true }, 'until about 2013', '约2013年以前'],
    [{ from: 2021 }, 'from 2021', '2021年起'],
    [{ from: 2017, to: 2019 }, '2017–2019', '2017–2019年'],
    [undefined, '', ''],
  ])('%j', (years, en, zh) => {
    expect(formatYears(years, 'en')).toBe(en);
    expect(formatYears(years, 'zh')).toBe(zh);
  });
});

describe('EntryDetail: note and related entries', () => {
  it('shows why an entry sits where it does and links the entries tied to it', () => {
    const id = 'nsfc-org';
    show(
      <EntryDetail
        entry={entry(id)}
        path={path(id)}
        related={relatedOf(bundledCatalogue, entry(id))}
        lang="en"
        hrefFor={entryHash}
      />,
    );
    expect(mounted.element.querySelector('.gl-entry-note')?.textContent).toBe(entry(id).note!.en);
    const titles = [...mounted.element.querySelectorAll('.gl-section-title')].map((title) => title.textContent);
    expect(titles).toContain('Related');
    const links = [...mounted.element.querySelectorAll<HTMLAnchorElement>('.gl-children a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(entry(id).related!.map((other) => `#/entry/${other}`));
  });
});
