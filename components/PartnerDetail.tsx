/**
 * Everything the catalogue knows about one partner (data/partners.json): its names (current,
 * former with years, abbreviations, units), its country, its calls per programme with the
 * years the sources show, its dated facts latest first with their sources, and the sources
 * by their own titles. Used by the popup's detail view and the catalogue page's partner view
 * (issue 10), as EntryDetail is for programmes.
 */
import type { ComponentChildren } from 'preact';
import type { Catalogue } from '../core/catalogue';
import { pick, type Lang } from '../core/i18n';
import type { Partner, PartnerFact, PartnerName, ProgrammeLink } from '../core/partner-schema';
import { seenYears, type PartnerCatalogue } from '../core/partners';
import type { SourceKind, SourceRecord, SourceRegistry } from '../core/sources';
import {
  CALL_KIND_LABEL,
  FACT_TOPIC_LABEL,
  PARTNER_KIND_LABEL,
  PARTNER_NAME_KIND_LABEL,
} from './labels';
import { formatYears } from './years';
import './partner.css';

const T = {
  country: { zh: '国家/地区：', en: 'Country: ' },
  international: { zh: '国际组织', en: 'international body' },
  names: { zh: '名称', en: 'Names' },
  calls: { zh: '合作项目', en: 'Calls with NSFC and MOST' },
  seen: {
    zh: (from: number, to: number) => (from === to ? `见于${from}年的征集` : `见于${from}–${to}年的征集`),
    en: (from: number, to: number) => (from === to ? `calls seen ${from}` : `calls seen ${from}–${to}`),
  },
  inferred: { zh: '推断', en: 'inferred' },
  facts: { zh: '数据与事实（最新在前）', en: 'Facts, latest first' },
  old: { zh: '已逾五年', en: 'more than five years old' },
  note: { zh: '说明', en: 'Note' },
  sources: { zh: '来源', en: 'Sources' },
  source: { zh: '来源：', en: 'Source: ' },
  undated: { zh: '未注明日期', en: 'undated' },
} as const;

/** A fact this many years older than the current year says so. */
export const OLD_FACT_YEARS = 5;

const SOURCE_KIND_LABEL: Partial<Record<SourceKind, { zh: string; en: string }>> = {
  repost: { zh: '转载', en: 'repost' },
  mirror: { zh: '非官方转载', en: 'unofficial copy' },
  paper: { zh: '论文', en: 'paper' },
  'document-copy': { zh: '文库副本', en: 'document-sharing copy' },
  news: { zh: '新闻', en: 'news' },
  encyclopedia: { zh: '百科', en: 'encyclopedia' },
  compilation: { zh: '汇编', en: 'compilation' },
};

export interface PartnerDetailProps {
  partner: Partner;
  partners: PartnerCatalogue;
  /** The programmes, for the names of the partner's calls. */
  catalogue: Catalogue;
  sources: SourceRegistry;
  lang: Lang;
  level?: 1 | 2 | 3;
  headingId?: string;
  /** Lets the view move focus to the heading when it opens (tabindex -1). */
  focusableHeading?: boolean;
  /** Link target for a programme (catalogue page), or a handler (popup); one of them. */
  hrefFor?: (id: string) => string;
  onSelect?: (id: string) => void;
  /** Actions shown under the header. */
  actions?: ComponentChildren;
  /** The current year, for "more than five years old" (tests fix it). */
  thisYear?: number;
}

export function PartnerDetail(props: PartnerDetailProps) {
  const { partner, partners, catalogue, lang, level = 2 } = props;
  const Heading = `h${level}` as 'h1' | 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h2' | 'h3' | 'h4';
  const thisYear = props.thisYear ?? new Date().getFullYear();
  const zhName = partners.displayName(partner.id, 'zh') ?? partner.id;
  const enName = partners.displayName(partner.id, 'en');
  const countries = partner.countries.flatMap((code) => partners.country(code) ?? []);
  const facts = partners.partnerFacts(partner.id);
  const otherNames = (partner.names ?? []).filter((name) => name.text !== zhName && name.text !== enName);
  const sourceList = partner.sources.flatMap((key) => props.sources.byKey(key) ?? []);
  const sourceNumber = (key: string) => sourceList.findIndex((source) => source.key === key) + 1;

  return (
    <article class="gl-entry gl-partner" aria-labelledby={props.headingId}>
      <header class="gl-entry-header">
        <Heading class="gl-name-zh" id={props.headingId} lang={langOf(zhName)} tabIndex={props.focusableHeading ? -1 : undefined}>
          {zhName}
        </Heading>
        {enName && enName !== zhName && (
          <p class="gl-name-en" lang="en">
            {enName}
          </p>
        )}
        <p class="gl-meta">
          <span class="gl-kind">{pick(PARTNER_KIND_LABEL[partner.kind], lang)}</span>
          <span aria-hidden="true"> · </span>
          <span>
            {pick(T.country, lang)}
            {countries.length > 0 ? countries.map((country) => pick(country.name, lang)).join(' / ') : pick(T.international, lang)}
          </span>
        </p>
      </header>
      {props.actions && <div class="gl-actions">{props.actions}</div>}

      {partner.note && (
        <section>
          <Sub class="gl-section-title">{pick(T.note, lang)}</Sub>
          <p class="gl-entry-note">{pick(partner.note, lang)}</p>
        </section>
      )}

      <section>
        <Sub class="gl-section-title">{pick(T.calls, lang)}</Sub>
        <ul class="gl-list gl-calls">
          {partner.programmes.map((link) => (
            <li key={`${link.programme}:${link.callKind ?? ''}`}>
              <CallLine link={link} catalogue={catalogue} lang={lang} hrefFor={props.hrefFor} onSelect={props.onSelect} />
            </li>
          ))}
        </ul>
      </section>

      {facts.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.facts, lang)}</Sub>
          <dl class="gl-facts">
            {facts.map((fact) => (
              <div class="gl-fact" key={`${fact.year}:${fact.topic}:${fact.text.zh}`}>
                <dt>{fact.to === undefined ? fact.year : `${fact.year}–${fact.to}`}</dt>
                <dd>
                  <FactText fact={fact} catalogue={catalogue} lang={lang} />{' '}
                  <span class="gl-source-ref" title={sourceList[sourceNumber(fact.source) - 1]?.title}>
                    <span class="gl-visually-hidden">{pick(T.source, lang)}</span>[{sourceNumber(fact.source) || fact.source}]
                  </span>
                  {thisYear - (fact.to ?? fact.year) > OLD_FACT_YEARS && <span class="gl-badge gl-badge-old">{pick(T.old, lang)}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {otherNames.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.names, lang)}</Sub>
          <ul class="gl-list gl-names">
            {otherNames.map((name) => (
              <li key={`${name.kind}:${name.text}`}>
                <NameLine name={name} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <Sub class="gl-section-title">{pick(T.sources, lang)}</Sub>
        <ol class="gl-list gl-sources">
          {sourceList.map((source) => (
            <li key={source.key}>
              <SourceLine source={source} lang={lang} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function langOf(text: string): string {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
}

/** The data's language codes as HTML lang values (Chinese data is simplified unless tagged). */
function langTag(code: string): string {
  return code === 'zh' ? 'zh-CN' : code;
}

function CallLine(props: {
  link: ProgrammeLink;
  catalogue: Catalogue;
  lang: Lang;
  hrefFor?: (id: string) => string;
  onSelect?: (id: string) => void;
}) {
  const { link, lang } = props;
  const entry = props.catalogue.byId(link.programme);
  const years = seenYears(link);
  const name = entry ? (lang === 'zh' ? entry.name.zh : entry.name.en[0].text) : link.programme;
  const label = <span lang={langOf(name)}>{name}</span>;
  return (
    <>
      {props.hrefFor ? (
        <a href={props.hrefFor(link.programme)}>{label}</a>
      ) : props.onSelect ? (
        <button type="button" class="gl-link-button" onClick={() => props.onSelect!(link.programme)}>
          {label}
        </button>
      ) : (
        label
      )}
      {link.callKind && <span class="gl-badge">{pick(CALL_KIND_LABEL[link.callKind], lang)}</span>}
      {link.status === 'inferred' && <span class="gl-badge">{pick(T.inferred, lang)}</span>}
      {years && <span class="gl-years"> · {pick(T.seen, lang)(years.from, years.to)}</span>}
      {(link.titles ?? []).length > 0 && (
        <ul class="gl-call-titles">
          {link.titles!.map((title) => (
            <li key={title.text} lang={langOf(title.text)}>
              {title.text}
              {title.year !== undefined && <span class="gl-years"> ({title.year})</span>}
            </li>
          ))}
        </ul>
      )}
      {link.note && <p class="gl-note">{pick(link.note, lang)}</p>}
    </>
  );
}

function FactText({ fact, catalogue, lang }: { fact: PartnerFact; catalogue: Catalogue; lang: Lang }) {
  const programme = fact.programme === undefined ? undefined : catalogue.byId(fact.programme);
  return (
    <>
      <span class="gl-badge">{pick(FACT_TOPIC_LABEL[fact.topic], lang)}</span> {pick(fact.text, lang)}
      {programme && (
        <span class="gl-note" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          {' '}
          ({lang === 'zh' ? programme.name.zh : programme.name.en[0].text})
        </span>
      )}
      {fact.status === 'inferred' && <span class="gl-badge">{pick(T.inferred, lang)}</span>}
    </>
  );
}

function NameLine({ name, lang }: { name: PartnerName; lang: Lang }) {
  const label = name.kind === 'name' ? undefined : PARTNER_NAME_KIND_LABEL[name.kind];
  return (
    <>
      <span lang={langTag(name.lang)}>{name.text}</span>
      {label && <span class={`gl-badge gl-badge-${name.kind}`}>{pick(label, lang)}</span>}
      {name.status === 'inferred' && <span class="gl-badge">{pick(T.inferred, lang)}</span>}
      {name.years && <span class="gl-years"> {formatYears(name.years, lang)}</span>}
      {name.note && <span class="gl-note"> — {pick(name.note, lang)}</span>}
    </>
  );
}

function SourceLine({ source, lang }: { source: SourceRecord; lang: Lang }) {
  const kind = SOURCE_KIND_LABEL[source.kind];
  const publisher = source.publisher ? (lang === 'zh' ? source.publisher.zh ?? source.publisher.en : source.publisher.en ?? source.publisher.zh) : undefined;
  const details = [publisher, source.date ?? pick(T.undated, lang)].filter((part) => part !== undefined).join(', ');
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" lang={langTag(source.lang)}>
          {source.title}
        </a>
      ) : (
        <span lang={langTag(source.lang)}>{source.title}</span>
      )}
      <span class="gl-source-details"> ({details})</span>
      {kind && <span class="gl-badge">{pick(kind, lang)}</span>}
    </>
  );
}

