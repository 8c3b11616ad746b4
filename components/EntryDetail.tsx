/**
 * Everything the catalogue knows about one entry: the header, what it funds, conditions,
 * dated facts with their sources, every name it goes by (English names marked official or
 * translation, short and former names with their years), a note on its place, its sub-types,
 * related entries and the sources.
 * Used by the popup's detail view and the catalogue page; the hover card reuses the pieces.
 */
import type { ComponentChildren } from 'preact';
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import { pick, type Lang } from '../core/i18n';
import { bundledSources } from '../core/bundled-sources';
import { sourcesOfEntry, type Source } from '../core/sources';
import { EntryHeader } from './EntryHeader';
import { FocusChips } from './FocusChips';
import { ALIAS_KIND_LABEL, NAME_STATUS_LABEL } from './labels';
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
  source: { zh: '来源：', en: 'Source: ' },
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
}

export function EntryDetail(props: EntryDetailProps) {
  const { entry, path, lang, level = 2 } = props;
  const Sub = `h${level + 1}` as 'h2' | 'h3' | 'h4';
  const zhAttr = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en');
  // The documents the entry cites (its registry records, data/sources.json), numbered.
  const sources = sourcesOfEntry(entry, bundledSources);

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
          <dl class="gl-facts">
            {entry.facts.map((fact) => (
              <div class="gl-fact" key={`${fact.year}${fact.text.zh}`}>
                <dt>{fact.year}</dt>
                <dd>
                  {pick(fact.text, lang)}{' '}
                  <SourceRef sources={sources} sourceKey={fact.source} lang={lang} />
                </dd>
              </div>
            ))}
          </dl>
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

      <section>
        <Sub class="gl-section-title">{pick(T.sources, lang)}</Sub>
        <ol class="gl-list gl-sources">
          {sources.map((source) => (
            <li key={source.key} id={`gl-source-${entry.id}-${source.key}`}>
              <SourceText source={source} />
            </li>
          ))}
        </ol>
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

function SourceText({ source }: { source: Source }) {
  const details = source.year === undefined ? '' : String(source.year);
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {details && <span class="gl-source-details"> ({details})</span>}
    </>
  );
}

/** A fact's source as a footnote number into the numbered source list below. */
function SourceRef({ sources, sourceKey, lang }: { sources: readonly Source[]; sourceKey: string; lang: Lang }) {
  const index = sources.findIndex((source) => source.key === sourceKey);
  const title = index < 0 ? sourceKey : sources[index].title;
  return (
    <span class="gl-source-ref" title={title}>
      <span class="gl-visually-hidden">{pick(T.source, lang)}</span>[{index < 0 ? sourceKey : index + 1}]
    </span>
  );
}
