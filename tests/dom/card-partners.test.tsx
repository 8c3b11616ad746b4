/**
 * The card's partner section and a partner's own card (components/CardPartners.tsx,
 * components/PartnerCard.tsx, issue 10), against the bundled partner catalogue: names in the
 * card's language first, the call's facts split into what it offered and its rules, each with
 * its year, source and "more than five years old", the ambiguous-prefix note, and the link to
 * the partner's catalogue entry.
 */
import { describe, expect, it, vi } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import type { Lang } from '../../core/i18n';
import type { PartnerRef } from '../../core/types';
import { CardPartners } from '../../components/CardPartners';
import { PartnerCard } from '../../components/PartnerCard';
import { preactRoot } from './preact-root';

const root = preactRoot();
const lookups = { partnerCatalogue: bundledPartners, catalogue: bundledCatalogue, registry: bundledSources };
const partner = (id: string) => bundledPartners.byId(id)!;
const ref = (partnerId: string, text: string, via: PartnerRef['via']): PartnerRef => ({ partnerId, text, via });

function section(lang: Lang, onOpenPartner = vi.fn()) {
  const element = root.show(
    <CardPartners
      partners={[partner('dfg')]}
      refs={[ref('dfg', 'DFG', 'abbreviation')]}
      programmeId="nsfc-org-research"
      lang={lang}
      currentYear={2026}
      onOpenPartner={onOpenPartner}
      {...lookups}
    />,
  );
  return { element, onOpenPartner };
}

describe('the partner section of a partner call', () => {
  it('names the partner in the card’s language first, with its abbreviation and country', () => {
    const en = section('en').element;
    expect(en.querySelector('.gl-partner-name')!.textContent).toBe('German Research Foundation DFG');
    expect(en.querySelector('.gl-card-partner .gl-name-en')!.textContent).toBe('德国研究联合会');
    expect(en.querySelector('.gl-card-partner .gl-meta')!.textContent).toMatch(/Germany$/);
    const zh = section('zh').element;
    expect(zh.querySelector('.gl-partner-name')!.textContent).toBe('德国研究联合会 DFG');
    expect(zh.querySelector('.gl-card-partner .gl-name-en')!.textContent).toBe('German Research Foundation');
  });

  it('lists what the calls offered and the rules apart, each with its year and source, and says which are old', () => {
    const { element } = section('en');
    const lists = [...element.querySelectorAll('.gl-card-partner > .gl-section-label')].map((label) => label.textContent);
    expect(lists).toEqual(['Partner', 'What its calls offered', 'Rules']);
    const facts = [...element.querySelectorAll('.gl-fact')];
    const years = facts.map((fact) => fact.querySelector('dt')!.textContent);
    // DFG's facts: funding 2016, 2017, 2018, 2020; the 2018 limit and the 2020 eligibility rule.
    expect(years.sort()).toEqual(['2016', '2017', '2018', '2018', '2020', '2020']);
    const funding2020 = facts.find((fact) => fact.textContent!.includes('¥3,000,000 direct costs'))!;
    expect(funding2020.querySelector('dt')!.textContent).toBe('2020');
    // In 2026 a 2020 fact is more than five years old, and every fact here is.
    expect(funding2020.querySelector('.gl-badge-old')!.textContent).toBe('more than five years old');
    expect(funding2020.querySelector('.gl-source-ref')!.textContent).toMatch(/\[\d+\]$/);
    // Every cited source is listed, and only those.
    const cited = new Set(facts.map((fact) => fact.querySelector('.gl-source-ref')!.textContent!.match(/\[(\d+)\]/)![1]));
    expect(element.querySelectorAll('.gl-card-sources li')).toHaveLength(cited.size);
  });

  it('opens the partner in the catalogue', () => {
    const { element, onOpenPartner } = section('en');
    element.querySelector<HTMLButtonElement>('.gl-open-partner')!.click();
    expect(onOpenPartner).toHaveBeenCalledWith('dfg');
  });

  it('lists every partner an ambiguous prefix may name, and says the page does not tell', () => {
    const element = root.show(
      <CardPartners
        partners={[partner('snsf'), partner('vr')]}
        refs={[ref('snsf', '中瑞', 'prefix'), ref('vr', '中瑞', 'prefix')]}
        programmeId="nsfc-org-research"
        lang="en"
        onOpenPartner={() => {}}
        {...lookups}
      />,
    );
    expect([...element.querySelectorAll<HTMLElement>('.gl-card-partner')].map((s) => s.dataset.partnerId)).toEqual(['snsf', 'vr']);
    expect(element.querySelector('.gl-partner-either')!.textContent).toBe(
      '“中瑞” may name any of these partners: Swiss National Science Foundation (Switzerland), Swedish Research Council (Sweden). The page does not say which.',
    );
  });
});

describe('the card of a partner named alone', () => {
  it('is a dialog named by the partner, with its facts of every programme', () => {
    const onClose = vi.fn();
    const element = root.show(
      <PartnerCard partners={[partner('dfg')]} refs={[ref('dfg', '德国研究联合会', 'name')]} lang="zh" pinned={false} onClose={onClose} onOpenPartner={() => {}} {...lookups} />,
    );
    const card = element.querySelector<HTMLElement>('.gl-card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(element.querySelector(`#${card.getAttribute('aria-labelledby')}`)!.textContent).toBe('德国研究联合会 DFG');
    expect(card.dataset.partners).toBe('dfg');
    expect(element.querySelectorAll('.gl-fact').length).toBeGreaterThan(0);
    element.querySelector<HTMLButtonElement>('.gl-close')!.click();
    expect(onClose).toHaveBeenCalled();
  });
});
