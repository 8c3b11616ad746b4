/**
 * The hover card's partner section (issue 10): who the partner of a call is, and what its calls
 * offered and required, each fact with its year and source. Used under the programme of a
 * partner call (中德(NSFC-DFG)合作研究项目) and alone for a partner named on its own
 * (德国研究联合会). An ambiguous 中X prefix (中瑞: SNSF or VR) lists every candidate and says why.
 *
 * The pieces are the catalogue page's (partner-text.tsx for names and countries, FactList for
 * dated facts with "more than five years old", SourceList for the numbered sources): one way to
 * show a partner fact. Only the facts a reader of the call needs are here, those about the
 * call's programme and the partner's own; the full record is one click away in the catalogue.
 */
import type { Catalogue } from '../core/catalogue';
import { citedKeys } from '../core/cited-sources';
import { partnerFactYears } from '../core/fact-dates';
import { pick, type Lang } from '../core/i18n';
import type { Partner, PartnerFact, PartnerFactTopic } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { SourceRegistry } from '../core/sources';
import type { PartnerRef } from '../core/types';
import { FactList, type FactItem } from './FactList';
import { PARTNER_KIND_LABEL } from './labels';
import { AbbreviationAfter, langOfText, partnerAbbreviation, partnerCountries, partnerFactLabel, partnerName } from './partner-text';
import { SourceList } from './SourceList';

const T = {
  partner: { zh: '合作伙伴', en: 'Partner' },
  either: {
    zh: (prefix: string, names: string) => `“${prefix}”可指以下任一合作伙伴：${names}。本页未写明是哪一个。`,
    en: (prefix: string, names: string) => `“${prefix}” may name any of these partners: ${names}. The page does not say which.`,
  },
  offered: { zh: '历年资助情况', en: 'What its calls offered' },
  rules: { zh: '申请规则', en: 'Rules' },
  noFacts: { zh: '目录中尚无此伙伴的数据。', en: 'The catalogue records no figures for this partner yet.' },
  sources: { zh: '来源', en: 'Sources' },
  open: { zh: '在目录中查看此伙伴', en: 'Open this partner in the catalogue' },
};

/** The topics that are rules a call sets (who may apply, how many, where to apply); the rest is what it offers. */
const RULE_TOPICS: ReadonlySet<PartnerFactTopic> = new Set(['limit', 'eligibility', 'submission']);

export interface CardPartnersProps {
  /** The partners the mention names, in the mention's order (several for an ambiguous prefix). */
  partners: readonly Partner[];
  /** How the page named them (the PartnerRefs of the mention), for the ambiguous-prefix note. */
  refs: readonly PartnerRef[];
  /** The call's programme, when the mention names one: only its facts and the partner's own are shown. */
  programmeId?: string;
  lang: Lang;
  partnerCatalogue: PartnerCatalogue;
  catalogue: Catalogue;
  registry: SourceRegistry;
  /** The year facts are dated against; this year unless a test gives one. */
  currentYear?: number;
  /** The partner names' heading level: 3 under a programme's card, 2 in a partner's own card. */
  level?: 2 | 3;
  onOpenPartner(id: string): void;
}

/** The id of a partner's heading in the card (a partner's own card is named by it). */
export const partnerHeadingId = (id: string) => `gl-card-partner-${id}`;

export function CardPartners(props: CardPartnersProps) {
  const { partners, lang, partnerCatalogue } = props;
  const prefix = partners.length > 1 ? props.refs.find((ref) => ref.via === 'prefix')?.text : undefined;
  const list = partners.map((partner) => partnerLabel(partnerCatalogue, partner, lang)).join(lang === 'zh' ? '、' : ', ');
  return (
    <div class="gl-card-partners">
      {partners.length > 1 && (
        <p class="gl-alternatives gl-partner-either">{pick(T.either, lang)(prefix ?? props.refs[0]?.text ?? '', list)}</p>
      )}
      {partners.map((partner) => (
        <CardPartner key={partner.id} {...props} partner={partner} />
      ))}
    </div>
  );
}

/** "瑞士国家科学基金会（瑞士）" / "Swiss National Science Foundation (Switzerland)". */
function partnerLabel(partners: PartnerCatalogue, partner: Partner, lang: Lang): string {
  const name = partnerName(partners, partner, lang);
  const countries = partnerCountries(partners, partner, lang);
  if (partner.kind === 'country') return name;
  return lang === 'zh' ? `${name}（${countries}）` : `${name} (${countries})`;
}

function CardPartner(props: CardPartnersProps & { partner: Partner }) {
  const { partner, lang, partnerCatalogue, catalogue } = props;
  const currentYear = props.currentYear ?? new Date().getFullYear();
  const name = partnerName(partnerCatalogue, partner, lang);
  const otherName = partnerName(partnerCatalogue, partner, lang === 'zh' ? 'en' : 'zh');
  const abbreviation = partnerAbbreviation(partner);
  const facts = partnerCatalogue.partnerFacts(partner.id, props.programmeId ? { programme: props.programmeId } : {});
  const withProgramme = !props.programmeId && new Set(facts.map((fact) => fact.programme).filter(Boolean)).size > 1;
  const item = (fact: PartnerFact, index: number): FactItem => ({
    key: String(index),
    span: partnerFactYears(fact),
    text: fact.text,
    sourceKey: fact.source,
    label: partnerFactLabel(fact, catalogue, lang, withProgramme),
    inferred: fact.status === 'inferred',
  });
  const offered = facts.filter((fact) => !RULE_TOPICS.has(fact.topic)).map(item);
  const rules = facts.filter((fact) => RULE_TOPICS.has(fact.topic)).map((fact, i) => item(fact, i + offered.length));
  // Only the sources these facts cite, numbered in the order the facts first cite them.
  const sources = citedKeys([...new Set([...offered, ...rules].map((fact) => fact.sourceKey))], props.registry);
  const headingId = partnerHeadingId(partner.id);
  const Heading = props.level === 2 ? 'h2' : 'h3';

  return (
    <section class="gl-card-partner" data-partner-id={partner.id} aria-labelledby={headingId}>
      <p class="gl-section-label">{pick(T.partner, lang)}</p>
      <Heading class="gl-partner-name" id={headingId} lang={langOfText(name)}>
        {name}
        <AbbreviationAfter name={name} abbreviation={abbreviation} />
      </Heading>
      {otherName !== name && (
        <p class="gl-name-en" lang={langOfText(otherName)}>
          {otherName}
        </p>
      )}
      <p class="gl-meta">
        {pick(PARTNER_KIND_LABEL[partner.kind], lang)}
        <span aria-hidden="true"> · </span>
        {partnerCountries(partnerCatalogue, partner, lang)}
      </p>
      {offered.length > 0 && (
        <>
          <p class="gl-section-label">{pick(T.offered, lang)}</p>
          <FactList facts={offered} sources={sources} lang={lang} currentYear={currentYear} />
        </>
      )}
      {rules.length > 0 && (
        <>
          <p class="gl-section-label">{pick(T.rules, lang)}</p>
          <FactList facts={rules} sources={sources} lang={lang} currentYear={currentYear} />
        </>
      )}
      {facts.length === 0 && <p class="gl-meta">{pick(T.noFacts, lang)}</p>}
      {sources.length > 0 && (
        <details class="gl-card-sources">
          <summary>
            {pick(T.sources, lang)} ({sources.length})
          </summary>
          <SourceList sources={sources} lang={lang} idPrefix={`gl-card-source-${partner.id}`} />
        </details>
      )}
      <button type="button" class="gl-button gl-open-partner" onClick={() => props.onOpenPartner(partner.id)}>
        {pick(T.open, lang)}
      </button>
    </section>
  );
}
