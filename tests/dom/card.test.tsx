import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import programs from '../../data/programs.json';
import type { Entry } from '../../core/schema';
import type { NameRef } from '../../core/types';
import { MentionCard, usageNote, type CardEntry } from '../../components/MentionCard';
import { ClipboardContext } from '../../components/clipboard-context';
import { createClipboard } from '../../services/clipboard';

// The card is tested against the real catalogue data, so a renamed field shows up here.
const entries = (programs as unknown as { entries: Entry[] }).entries;
const byId = (id: string) => {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id} in data/programs.json`);
  return entry;
};
function shown(id: string): CardEntry {
  const path: Entry[] = [];
  for (let parent = byId(id).parent; parent; parent = byId(parent).parent) path.unshift(byId(parent));
  return { entry: byId(id), path };
}

const key = byId('nsfc-key');
const currentName: NameRef = { entryId: 'nsfc-key', text: key.name.zh, lang: 'zh', role: 'name' };
const formerAlias = key.aliases.find((a) => a.kind === 'former')!;
const formerName: NameRef = {
  entryId: 'nsfc-key',
  text: formerAlias.text,
  lang: 'zh',
  role: 'former',
};

function mount(props: Partial<Parameters<typeof MentionCard>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const onClose = vi.fn();
  const onOpenEntry = vi.fn();
  render(
    <ClipboardContext.Provider value={createClipboard({ fallbackRoot: () => root })}>
      <MentionCard
        shown={shown('nsfc-key')}
        nameRef={currentName}
        lang="en"
        pinned={false}
        onClose={onClose}
        onOpenEntry={onOpenEntry}
        {...props}
      />
    </ClipboardContext.Provider>,
    root,
  );
  const card = root.querySelector<HTMLElement>('.gl-card')!;
  return { root, card, onClose, onOpenEntry };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('MentionCard', () => {
  it('is a non-modal dialog named by the programme', () => {
    const { card, root } = mount();
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.hasAttribute('aria-modal')).toBe(false);
    const heading = root.querySelector(`#${card.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('重点国际（地区）合作研究项目');
  });

  it('shows names, funder, agency, family path, summary and focus chips in English', () => {
    const { card } = mount({ lang: 'en' });
    const text = card.textContent!;
    expect(text).toContain('Key International (Regional) Joint Research Program');
    expect(card.querySelector('.gl-path')!.textContent).toBe(
      'International (Regional) Cooperation and Exchange Program › International (Regional) Cooperative Research Projects',
    );
    expect(text).toContain('National Natural Science Foundation of China (NSFC)');
    expect(text).toContain('Bureau of International Cooperation, NSFC');
    expect(card.querySelector('.gl-summary')!.textContent).toBe(key.summary.en);
    const chips = [...card.querySelectorAll('.gl-chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(key.focus!.map((f) => f.en));
    expect(card.querySelector('.gl-usage')).toBeNull(); // the page used the current name
    expect(card.querySelector('.gl-open')!.textContent).toBe('Open full entry in the catalogue');
  });

  it('shows the same content in Chinese', () => {
    const { card } = mount({ lang: 'zh' });
    expect(card.getAttribute('lang')).toBe('zh-CN');
    expect(card.querySelector('.gl-path')!.textContent).toBe(
      '国际（地区）合作研究与交流项目 › 国际（地区）合作研究项目',
    );
    expect(card.textContent).toContain('国家自然科学基金委员会国际合作局');
    expect(card.querySelector('.gl-summary')!.textContent).toBe(key.summary.zh);
    const chips = [...card.querySelectorAll('.gl-chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(key.focus!.map((f) => f.zh));
    expect(card.querySelector('.gl-close')!.getAttribute('aria-label')).toBe('关闭');
    expect(card.querySelector('.gl-open')!.textContent).toBe('在目录中查看完整条目');
  });

  it('marks an English name that is only a translation', () => {
    const { card } = mount({ shown: shown('nsfc-intl-research'), lang: 'en' });
    const english = card.querySelector('.gl-name-en')!;
    expect(english.textContent).toContain('International (Regional) Cooperative Research Projects');
    expect(english.querySelector('.gl-badge-translation')?.textContent).toBe('translation');
  });

  it('says when the page used a former name, with its years, in both languages', () => {
    const en = mount({ nameRef: formerName, lang: 'en' }).card.querySelector('.gl-usage');
    expect(en?.textContent).toBe(
      'This page uses the former name “重大国际（地区）合作研究项目”, used until 2014.',
    );
    const zh = mount({ nameRef: formerName, lang: 'zh' }).card.querySelector('.gl-usage');
    expect(zh?.textContent).toBe('本页使用的是曾用名“重大国际（地区）合作研究项目”（2014年以前使用）。');
  });

  it('explains short names and other variants, but not the current name or a current English name', () => {
    const short = key.aliases.find((a) => a.kind === 'short')!;
    expect(
      usageNote({ entryId: 'nsfc-key', text: short.text, lang: 'zh', role: 'short' }, key, 'en'),
    ).toBe('This page uses the short name “重点合作研究项目”.');
    expect(usageNote(currentName, key, 'en')).toBeNull();
    const english = key.name.en[0];
    expect(
      usageNote({ entryId: 'nsfc-key', text: english.text, lang: 'en', role: 'english' }, key, 'en'),
    ).toBeNull();
  });

  it('lists the other programmes an ambiguous form may mean, in the card’s language', () => {
    const { card } = mount({ alternatives: [byId('nsfc-rfis'), byId('nsfc-org')], lang: 'en' });
    expect(card.querySelector('.gl-alternatives')!.textContent).toBe(
      `This name may also mean: Research Fund for International Scientists, ${byId('nsfc-org').name.en[0].text}`,
    );
    expect(card.querySelector('.gl-alternatives [data-entry="nsfc-rfis"] span')!.getAttribute('lang')).toBe('en');
    document.body.replaceChildren();
    const zh = mount({ alternatives: [byId('nsfc-rfis')], lang: 'zh' }).card;
    expect(zh.querySelector('.gl-alternatives')!.textContent).toBe('此名称也可能指：外国学者研究基金项目');
  });

  it('closes from its button and asks to open the full entry', () => {
    const { card, onClose, onOpenEntry } = mount();
    card.querySelector<HTMLButtonElement>('.gl-close')!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    card.querySelector<HTMLButtonElement>('.gl-open')!.click();
    expect(onOpenEntry).toHaveBeenCalledWith('nsfc-key');
  });

  it('copies the official Chinese name', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { card } = mount({ lang: 'en' });
    card.querySelector<HTMLButtonElement>('.gl-copy button')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('重点国际（地区）合作研究项目'));
  });

  it('shows whether it is pinned', () => {
    expect(mount({ pinned: true }).card.dataset.pinned).toBe('true');
    expect(mount({ pinned: false }).card.dataset.pinned).toBe('false');
  });
});
