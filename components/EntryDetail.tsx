/**
 * Everything the catalogue knows about one entry: the header, what it funds, conditions,
 * dated facts (latest first, older folded, each with its source and that source's date),
 * every name it goes by (English names marked official or translation, short and former names
 * with their years), a note on its place, its sub-types, related entries, the partners whose
 * calls belong to it, and the sources (inline and registry records, by their own titles).
 * Used by the popup's detail view and the catalogue page; the hover card reuses the pieces.
 */
import type { ComponentChildren } from 'preact';
import type { Catalogue } from '../core/catalogue';
import { citedSourcesOfEntry } from '../core/cited-sources';
import { factYears } from '../core/fact-dates';
import type { PartnerCatalogue } from '../core/partners';
import type { Entry } from '../core/schema';
import type { SourceRegistry } from '../core/sources';
import { bundledSources } from '../core/bundled-sources';
import { pick, type Lang } from '../core/i18n';
import { AcknowledgementButton } from './AcknowledgementButton';
import { EntryHeader } from './EntryHeader';
import { FactList } from './FactList';
import { FocusChips } from './FocusChips';
import { ALIAS_KIND_LABEL, NAME_STATUS_LABEL } from './labels';
import { partnerCountries, PartnerName, seenYears } from './partner-text';
import { SourceList } from './SourceList';
import { formatYears } from './years';

const T = {
  summary: { zh: '简介', en: 'Summary' },
  focus: { zh: '资助领域', en: 'Focus areas' },
  conditions: { zh: '立项条件与要求', en: 'Conditions' },
  facts: { zh: '数据与事实', en: 'Facts and figures' },
  names: { zh: '名称', en: 'Names' },
  english: { zh: '英文名', en: 'English names' },
  otherNames: { zh: '简称、曾用名及其他写法', en: 'Short, former and other names' },
  children: { zh: '下设', en: 'Includes' },
  related: { zh: '相关条目', en: 'Related' },
  note: { zh: '说明', en: 'Note' },
  sources: { zh: '来源', en: 'Sources' },
  partners: { zh: '合作伙伴', en: 'Partners' },
};

export interface EntryDetailProps {
  entry: Entry;
  /** Ancestors, the family first. */
  path: readonly Entry[];
  /** Direct sub-entries (Catalogue.children). */
  children?: readonly Entry[];
  /** Entries tied to this one outside the tree (`entry.related`, resolved by the caller). */
  related?: readonly Entry[];
  lang: Lang;
  level?: 1 | 2 | 3;
  headingId?: string;
  /** Lets the view move focus to the heading when it opens (tabindex -1). */
  focusableHeading?: boolean;
  /** Link target for a sub-entry (catalogue page), or a handler (popup); one of them. */
  hrefFor?: (id: string) => string;
  onSelect?: (id: string) => void;
  /** Actions shown under the header (copy name, open in catalogue). */
  actions?: ComponentChildren;
  /** The source registry `sourceKeys` resolve in (the bundled one unless a test passes another). */
  registry?: SourceRegistry;
  /** The year facts are dated against ("more than five years old"); this year unless given. */
  currentYear?: number;
  /** The day the catalogue's facts were last checked against their sources (YYYY-MM-DD). */
  asOf?: string;
  /**
   * The partner catalogue: given, the entry lists the partners whose calls belong to it
   * (data/partners.json), linked by `partnerHrefFor` (catalogue page) or `onSelectPartner` (popup).
   */
  partnerCatalogue?: PartnerCatalogue;
  partnerHrefFor?: (id: string) => string;
  onSelectPartner?: (id: string) => void;
}

export function EntryDetail(props: EntryDetailProps) {
  const { entry, path, lang, level = 2 } = props;
  const Sub = `h${level + 1}` as 'h2' | 'h3' | 'h4';
  const zhAttr = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en');
  const sources = citedSourcesOfEntry(entry, props.registry ?? bundledSources);
  const currentYear = props.currentYear ?? new Date().getFullYear();
  const partners = props.partnerCatalogue;
  const partnerLinks = partners?.partnersOfProgramme(entry.id) ?? [];

  return (
    <article class="gl-entry" aria-labelledby={props.headingId}>
      <EntryHeader
        entry={entry}
        path={path}
        lang={lang}
        level={level}
        headingId={props.headingId}
        focusableHeading={props.focusableHeading}
      />
      {props.actions && <div class="gl-actions">{props.actions}</div>}
      <div class="gl-actions"><AcknowledgementButton entry={entry} lang={lang} withNote /></div>

      <section>
        <Sub class="gl-section-title">{pick(T.summary, lang)}</Sub>
        <p class="gl-summary">{pick(entry.summary, lang)}</p>
      </section>

      {entry.note && (
        <section>
          <Sub class="gl-section-title">{pick(T.note, lang)}</Sub>
          <p class="gl-entry-note">{pick(entry.note, lang)}</p>
        </section>
      )}

      {entry.focus && entry.focus.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.focus, lang)}</Sub>
          <FocusChips focus={entry.focus} lang={lang} />
        </section>
      )}

      {entry.conditions && entry.conditions.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.conditions, lang)}</Sub>
          <ul class="gl-list">
            {entry.conditions.map((condition) => (
              <li key={condition.zh}>{pick(condition, lang)}</li>
            ))}
          </ul>
        </section>
      )}

      {entry.facts && entry.facts.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.facts, lang)}</Sub>
          <FactList
            facts={entry.facts.map((fact, index) => ({
              key: String(index),
              span: factYears(fact.year),
              yearText: fact.year,
              text: fact.text,
              sourceKey: fact.source,
            }))}
            sources={sources}
            lang={lang}
            currentYear={currentYear}
            checkedOn={props.asOf}
          />
        </section>
      )}

      <section>
        <Sub class="gl-section-title">{pick(T.english, lang)}</Sub>
        <ul class="gl-list gl-names">
          {entry.name.en.map((name) => (
            <li key={name.text} lang="en">
              {name.text}{' '}
              <span class={`gl-badge gl-badge-${name.status}`}>{pick(NAME_STATUS_LABEL[name.status], lang)}</span>
              {name.years && <span class="gl-years"> {formatYears(name.years, lang)}</span>}
              {name.note && <span class="gl-note" lang={lang === 'zh' ? 'zh-CN' : 'en'}> — {pick(name.note, lang)}</span>}
            </li>
          ))}
        </ul>
      </section>

      {entry.aliases.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.otherNames, lang)}</Sub>
          <ul class="gl-list gl-names">
            {entry.aliases.map((alias) => (
              <li key={`${alias.kind}:${alias.text}`}>
                <span lang={zhAttr(alias.text)}>{alias.text}</span>{' '}
                <span class={`gl-badge gl-badge-${alias.kind}`}>{pick(ALIAS_KIND_LABEL[alias.kind], lang)}</span>
                {alias.status === 'translation' && (
                  <span class="gl-badge gl-badge-translation">{pick(NAME_STATUS_LABEL.translation, lang)}</span>
                )}
                {alias.years && <span class="gl-years"> {formatYears(alias.years, lang)}</span>}
                {alias.note && <span class="gl-note"> — {pick(alias.note, lang)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {props.children && props.children.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.children, lang)}</Sub>
          <ul class="gl-list gl-children">
            {props.children.map((child) => (
              <li key={child.id}>
                <EntryLink entry={child} lang={lang} hrefFor={props.hrefFor} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {props.related && props.related.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.related, lang)}</Sub>
          <ul class="gl-list gl-children">
            {props.related.map((other) => (
              <li key={other.id}>
                <EntryLink entry={other} lang={lang} hrefFor={props.hrefFor} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {partners && partnerLinks.length > 0 && (
        <section>
          <Sub class="gl-section-title">{pick(T.partners, lang)}</Sub>
          <ul class="gl-list gl-partner-list">
            {partnerLinks.map((partner) => {
              const link = partner.programmes.find((candidate) => candidate.programme === entry.id)!;
              return (
                <li key={partner.id} data-partner-id={partner.id}>
                  <PartnerName
                    partner={partner}
                    partners={partners}
                    lang={lang}
                    hrefFor={props.partnerHrefFor}
                    onSelect={props.onSelectPartner}
                  />
                  <span class="gl-years">
                    {' · '}
                    {[partnerCountries(partners, partner, lang), seenYears(link, lang)].filter(Boolean).join(' · ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section>
        <Sub class="gl-section-title">{pick(T.sources, lang)}</Sub>
        <SourceList sources={sources} lang={lang} idPrefix={`gl-source-${entry.id}`} />
      </section>
    </article>
  );
}

/** The entries `entry.related` names, in its order (unknown ids are the validator's business). */
export function relatedOf(catalogue: Catalogue, entry: Entry): Entry[] {
  return (entry.related ?? []).flatMap((id) => catalogue.byId(id) ?? []);
}

function EntryLink(props: {
  entry: Entry;
  lang: Lang;
  hrefFor?: (id: string) => string;
  onSelect?: (id: string) => void;
}) {
  const { entry, lang } = props;
  const label = (
    <>
      <span lang="zh-CN">{entry.name.zh}</span>
      {lang === 'en' && <span class="gl-link-en" lang="en"> {entry.name.en[0].text}</span>}
    </>
  );
  if (props.hrefFor) return <a href={props.hrefFor(entry.id)}>{label}</a>;
  if (props.onSelect) {
    const select = props.onSelect;
    return (
      <button type="button" class="gl-link-button" onClick={() => select(entry.id)}>
        {label}
      </button>
    );
  }
  return label;
}
