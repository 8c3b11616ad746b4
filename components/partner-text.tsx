/**
 * How a partner is named and linked wherever it appears (the partner detail, the partners
 * view, a programme's list of partners): its name in the UI language, its abbreviation, its
 * countries, the years its calls were seen, and a link that is an address on the catalogue
 * page or a handler in the popup.
 */
import type { ComponentChildren } from 'preact';
import { currentAbbreviation, type PartnerCatalogue } from '../core/partners';
import type { Catalogue } from '../core/catalogue';
import type { Partner, PartnerFact, ProgrammeLink } from '../core/partner-schema';
import type { CatalogueView } from '../core/routes';
import { pick, type Lang } from '../core/i18n';
import { FACT_TOPIC_LABEL } from './labels';
import { formatYearList } from './years';

const T = {
  international: { zh: '国际组织或多国', en: 'international' },
  seen: { zh: (years: string) => `见于${years}`, en: (years: string) => `seen ${years}` },
};

/** Where a link goes: an address (catalogue page) or a handler (popup); one of them. */
export interface ViewNavigation {
  hrefFor?: (view: CatalogueView) => string;
  onNavigate?: (view: CatalogueView) => void;
}

/** A link to a view of the catalogue, as an address or a button; plain text with neither. */
export function ViewLink(props: ViewNavigation & { view: CatalogueView; children: ComponentChildren; class?: string; current?: boolean }) {
  if (props.hrefFor) {
    return (
      <a class={props.class} href={props.hrefFor(props.view)} aria-current={props.current ? 'page' : undefined}>
        {props.children}
      </a>
    );
  }
  const navigate = props.onNavigate;
  if (navigate) {
    return (
      <button type="button" class={`gl-link-button${props.class ? ` ${props.class}` : ''}`} onClick={() => navigate(props.view)}>
        {props.children}
      </button>
    );
  }
  return <span class={props.class}>{props.children}</span>;
}

/** The partner's current abbreviation (DFG, JSPS), if it has one (core/partners.ts). */
export const partnerAbbreviation = currentAbbreviation;

/** The partner's name in the UI language (its current full name, else its country's). */
export function partnerName(partners: PartnerCatalogue, partner: Partner, lang: Lang): string {
  return partners.displayName(partner.id, lang) ?? partner.id;
}

/** The partner's countries and regions in the UI language ("international" for none). */
export function partnerCountries(partners: PartnerCatalogue, partner: Partner, lang: Lang): string {
  if (partner.countries.length === 0) return pick(T.international, lang);
  return partner.countries
    .map((code) => partners.country(code)?.name[lang] ?? code)
    .join(lang === 'zh' ? '、' : ', ');
}

/** "seen 2016–2018, 2020" for the call years sources show; empty when none gives a year. */
export function seenYears(link: ProgrammeLink, lang: Lang): string {
  const years = link.seen.flatMap((seen) => (seen.year === undefined ? [] : [seen.year]));
  return years.length === 0 ? '' : pick(T.seen, lang)(formatYearList(years, lang));
}

/** `lang` attribute for a text: Chinese when it has Han characters. */
export function langOfText(text: string): string {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
}

/** " DFG" after a partner's name: its abbreviation, unless there is none or it is the name. */
export function AbbreviationAfter({ name, abbreviation }: { name: string; abbreviation: string | undefined }) {
  if (!abbreviation || abbreviation === name) return null;
  return (
    <span class="gl-partner-abbr" lang="en">
      {' '}
      {abbreviation}
    </span>
  );
}

/**
 * The partner's name as a link (an address on the catalogue page, a handler in the popup),
 * with its abbreviation beside it.
 */
export function PartnerName(props: {
  partner: Partner;
  partners: PartnerCatalogue;
  lang: Lang;
  hrefFor?: (id: string) => string;
  onSelect?: (id: string) => void;
}) {
  const { partner, partners, lang, hrefFor, onSelect } = props;
  const name = partnerName(partners, partner, lang);
  const abbreviation = partnerAbbreviation(partner);
  return (
    <ViewLink
      view={{ kind: 'partner', id: partner.id }}
      hrefFor={hrefFor && (() => hrefFor(partner.id))}
      onNavigate={onSelect && (() => onSelect(partner.id))}
      class="gl-partner-link"
    >
      <span lang={langOfText(name)}>{name}</span>
      <AbbreviationAfter name={name} abbreviation={abbreviation} />
    </ViewLink>
  );
}

/** A partner fact's topic, and its programme when the partner works through several. */
export function partnerFactLabel(fact: PartnerFact, catalogue: Catalogue, lang: Lang, withProgramme: boolean): string {
  const topic = pick(FACT_TOPIC_LABEL[fact.topic], lang);
  const programme = withProgramme && fact.programme ? catalogue.byId(fact.programme) : undefined;
  if (!programme) return topic;
  const programmeName = lang === 'zh' ? programme.name.zh : programme.name.en[0].text;
  return lang === 'zh' ? `${topic}（${programmeName}）` : `${topic} (${programmeName})`;
}
