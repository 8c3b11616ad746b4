/**
 * Everything the catalogue knows about one partner: its names (current, former with years,
 * abbreviations), its country, the calls it runs with NSFC or MOST (per programme, the years
 * notices show and the titles they use), its dated facts (latest first, older folded) and the
 * sources. Props only: the lookups come in, links are addresses (catalogue page) or a handler
 * (popup), so it renders anywhere a view does.
 */
import type { ComponentChildren } from 'preact';
import type { Catalogue } from '../core/catalogue';
import { FUNDER_NAMES } from '../core/catalogue';
import { citedKeys } from '../core/cited-sources';
import { partnerFactYears } from '../core/fact-dates';
import type { PartnerCatalogue } from '../core/partners';
import type { Partner } from '../core/partner-schema';
import type { SourceRegistry } from '../core/sources';
import { bundledSources } from '../core/bundled-sources';
import { pick, type Lang } from '../core/i18n';
import { FactList, type FactItem } from './FactList';
import {
  CALL_KIND_LABEL,
  INFERRED_LABEL,
  PARTNER_KIND_LABEL,
  PARTNER_NAME_KIND_LABEL,
} from './labels';
import {
  langOfText,
  partnerAbbreviation,
  partnerCountries,
  partnerFactLabel,
  partnerName,
  seenYears,
  ViewLink,
  type ViewNavigation,
} from './partner-text';
import { SourceList } from './SourceList';
import { formatYears } from './years';

const T = {
  partners: { zh: '合作伙伴', en: 'Partners' },
  path: { zh: '所属', en: 'Part of' },
  calls: { zh: '合作项目', en: 'Calls' },
  facts: { zh: '数据与事实', en: 'Facts and figures' },
  names: { zh: '名称', en: 'Names' },
  note: { zh: '说明', en: 'Note' },
  sources: { zh: '来源', en: 'Sources' },
  titles: { zh: '通知中的写法：', en: 'As notices write it: ' },
  noCalls: { zh: '目录中尚无此伙伴的合作项目。', en: 'The catalogue records no calls with this partner yet.' },
};

export interface PartnerDetailProps extends ViewNavigation {
  partner: Partner;
  lang: Lang;
  /** The partner catalogue: country names, display names. */
  partners: PartnerCatalogue;
  /** The programme catalogue: the programmes the partner's calls belong to. */
  catalogue: Catalogue;
  /** The source registry the partner's keys resolve in (the bundled one unless a test passes another). */
  registry?: SourceRegistry;
  /** The year facts are dated against ("more than five years old"); this year unless given. */
  currentYear?: number;
  level?: 1 | 2 | 3;
  headingId?: string;
  /** Lets the view move focus to the heading when it opens (tabindex -1). */
  focusableHeading?: boolean;
  /** Actions shown under the header (the popup's copy name, open in catalogue), as EntryDetail has. */
  actions?: ComponentChildren;
}

export function PartnerDetail(props: PartnerDetailProps) {
  const { partner, lang, partners, catalogue, level = 2 } = props;
  const nav: ViewNavigation = { hrefFor: props.hrefFor, onNavigate: props.onNavigate };
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h2' | 'h3' | 'h4';
  const sources = citedKeys(partner.sources, props.registry ?? bundledSources);
  const currentYear = props.currentYear ?? new Date().getFullYear();
  const name = partnerName(partners, partner, lang);
  const otherName = partnerName(partners, partner, lang === 'zh' ? 'en' : 'zh');
  const abbreviation = partnerAbbreviation(partner);
  const programmeIds = new Set(partner.programmes.map((link) => link.programme));

  const facts: FactItem[] = partners.partnerFacts(partner.id).map((fact, index) => ({
    key: String(index),
    span: partnerFactYears(fact),
    text: fact.text,
    sourceKey: fact.source,
    label: partnerFactLabel(fact, catalogue, lang, programmeIds.size > 1),
    inferred: fact.status === 'inferred',
  }));

  return (
    <article class="gl-entry gl-partner" aria-labelledby={props.headingId} data-partner-id={partner.id}>
      <header class="gl-entry-header">
        <nav class="gl-path" aria-label={pick(T.path, lang)}>
          <ViewLink view={{ kind: 'partners' }} {...nav}>
            {pick(T.partners, lang)}
          </ViewLink>
          {partner.countries.map((code) => (
            <span key={code}>
              <span aria-hidden="true"> › </span>
              <ViewLink view={{ kind: 'partners', country: code }} {...nav}>
                {partners.country(code)?.name[lang] ?? code}
              </ViewLink>
            </span>
          ))}
        </nav>
        <Heading class="gl-name-zh" id={props.headingId} lang={langOfText(name)} tabIndex={props.focusableHeading ? -1 : undefined}>
          {name}
        </Heading>
        {(otherName !== name || abbreviation) && (
          <p class="gl-name-en">
            {otherName !== name && <span lang={langOfText(otherName)}>{otherName}</span>}
            {abbreviation && abbreviation !== name && (
              <span class="gl-partner-abbr" lang="en">
                {otherName !== name ? ' · ' : ''}
                {abbreviation}
              </span>
            )}
          </p>
        )}
        <p class="gl-meta">
          <span class="gl-kind">{pick(PARTNER_KIND_LABEL[partner.kind], lang)}</span>
          <span aria-hidden="true"> · </span>
          <span>{partnerCountries(partners, partner, lang)}</span>
        </p>
      </header>
      {props.actions && <div class="gl-actions">{props.actions}</div>}

      <section>
        <Sub class="gl-section-title">{pick(T.calls, lang)}</Sub>
        {partner.programmes.length === 0 ? (
          <p class="gl-placeholder">{pick(T.noCalls, lang)}</p>
        ) : (
          <ul class="gl-list gl-calls">
            {partner.programmes.map((link) => {
              const entry = catalogue.byId(link.programme);
              const years = seenYears(link, lang);
              return (
                <li key={link.programme} data-programme={link.programme}>
                  {entry && (
                    <span class="gl-badge gl-badge-funder" title={pick(FUNDER_NAMES[entry.funder], lang)}>
                      {entry.funder}
                    </span>
                  )}
                  <ViewLink view={{ kind: 'entry', id: link.programme }} {...nav}>
                    <span lang="zh-CN">{entry?.name.zh ?? link.programme}</span>
                    {lang === 'en' && entry && (
                      <span class="gl-link-en" lang="en">
                        {' '}
                        {entry.name.en[0].text}
                      </span>
                    )}
                  </ViewLink>
                  {link.callKind && <span class="gl-badge">{pick(CALL_KIND_LABEL[link.callKind], lang)}</span>}
                  {link.status === 'inferred' && <span class="gl-badge gl-badge-translation">{pick(INFERRED_LABEL, lang)}</span>}
                  {years && <span class="gl-years"> {years}</span>}
                  {link.titles && link.titles.length > 0 && (
                    <span class="gl-call-titles">
                      {pick(T.titles, lang)}
                      {link.titles.map((title, index) => (
                        <span key={title.text}>
                          {index > 0 && (lang === 'zh' ? '；' : '; ')}
                          <span lang={langOfText(title.text)}>{title.text}</span>
                          {title.year !== undefined && <span class="gl-years"> ({title.year})</span>}
                        </span>
                      ))}
                    </span>
                  )}
                  {link.note && <span class="gl-note"> — {pick(link.note, lang)}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {facts.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.facts, lang)}</Sub>
          <FactList facts={facts} sources={sources} lang={lang} currentYear={currentYear} />
        </section>
      )}

      {partner.note && (
        <section>
          <Sub class="gl-section-title">{pick(T.note, lang)}</Sub>
          <p class="gl-entry-note">{pick(partner.note, lang)}</p>
        </section>
      )}

      {(partner.names ?? []).length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.names, lang)}</Sub>
          <ul class="gl-list gl-names">
            {partner.names!.map((form) => (
              <li key={`${form.kind}:${form.lang}:${form.text}`}>
                <span lang={form.lang === 'zh' ? 'zh-CN' : form.lang}>{form.text}</span>{' '}
                <span class={`gl-badge gl-badge-${form.kind}`}>{pick(PARTNER_NAME_KIND_LABEL[form.kind], lang)}</span>
                {form.status === 'inferred' && <span class="gl-badge gl-badge-translation">{pick(INFERRED_LABEL, lang)}</span>}
                {form.years && <span class="gl-years"> {formatYears(form.years, lang)}</span>}
                {form.note && <span class="gl-note"> — {pick(form.note, lang)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <Sub class="gl-section-title">{pick(T.sources, lang)}</Sub>
        <SourceList sources={sources} lang={lang} idPrefix={`gl-source-partner-${partner.id}`} />
      </section>
    </article>
  );
}
