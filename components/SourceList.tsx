/**
 * The numbered list of sources under an entry or a partner, and the footnote number a fact
 * carries into it. Each source reads as the document it is: its own title (in its own
 * language, linked when the reader may open it), then whose it is and when, then what kind of
 * copy it is. The rules (which sources are linked, mirrors never) are core/cited-sources.ts;
 * this only writes them out, with the labels in the UI language.
 */
import type { CitedSource, PartialBilingual } from '../core/cited-sources';
import { pick, type Lang } from '../core/i18n';
import { SOURCE_KIND_LABEL, UNDATED_LABEL } from './labels';
import { formatDate } from './years';

const T = {
  source: { zh: '来源：', en: 'Source: ' },
  repostBy: { zh: (who: string) => `${who}转载`, en: (who: string) => `repost by ${who}` },
  copyOf: { zh: '原件：', en: 'copy of: ' },
  described: { zh: '（未见原标题，此为描述）', en: ' (no title seen: a description)' },
};

/** The name in the UI language where the registry has it, else the other one. */
export function pickPartial(name: PartialBilingual, lang: Lang): string {
  return (lang === 'zh' ? name.zh ?? name.en : name.en ?? name.zh) ?? '';
}

/** The `lang` attribute for a title: the registry's tag, else a guess from the script. */
function titleLang(source: CitedSource): string {
  if (source.titleLang === 'zh') return 'zh-CN';
  if (source.titleLang) return source.titleLang;
  return /\p{Script=Han}/u.test(source.title) ? 'zh-CN' : 'en';
}

export interface SourceListProps {
  sources: readonly CitedSource[];
  lang: Lang;
  /** Prefix of each item's id (`<prefix>-<key>`), unique on the page. */
  idPrefix: string;
}

export function SourceList({ sources, lang, idPrefix }: SourceListProps) {
  return (
    <ol class="gl-list gl-sources">
      {sources.map((source) => (
        <li key={source.key} id={`${idPrefix}-${source.key}`} data-source-kind={source.kind ?? 'inline'}>
          <SourceItem source={source} lang={lang} />
        </li>
      ))}
    </ol>
  );
}

function SourceItem({ source, lang }: { source: CitedSource; lang: Lang }) {
  const publisher = source.publisher ? pickPartial(source.publisher, lang) : '';
  const details = [
    publisher && (source.kind === 'repost' ? pick(T.repostBy, lang)(publisher) : publisher),
    source.date !== undefined ? formatDate(source.date, lang) : pick(UNDATED_LABEL, lang),
    source.section,
  ].filter((part): part is string => Boolean(part));
  // A repost's label would only repeat "repost by …"; an inline source does not say its kind.
  const kind = source.kind !== undefined && source.kind !== 'repost' ? source.kind : undefined;
  return (
    <>
      <cite class="gl-source-title" lang={titleLang(source)}>
        {source.href ? (
          <a href={source.href} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {source.titleInferred && <span class="gl-source-inferred">{pick(T.described, lang)}</span>}
      <span class="gl-source-details">
        {details.join(' · ')}
        {kind && <span class={`gl-badge gl-source-kind gl-source-kind-${kind}`}>{pick(SOURCE_KIND_LABEL[kind], lang)}</span>}
      </span>
      {source.copyOf && (
        <span class="gl-source-note">
          {pick(T.copyOf, lang)}
          {pick(source.copyOf, lang)}
        </span>
      )}
      {source.note && <span class="gl-source-note">{pick(source.note, lang)}</span>}
    </>
  );
}

/** A fact's source as a footnote number into the numbered list (its title on hover). */
export function SourceRef({ sources, sourceKey, lang }: { sources: readonly CitedSource[]; sourceKey: string; lang: Lang }) {
  const index = sources.findIndex((source) => source.key === sourceKey);
  const title = index < 0 ? sourceKey : sources[index]!.title;
  return (
    <span class="gl-source-ref" title={title}>
      <span class="gl-visually-hidden">{pick(T.source, lang)}</span>[{index < 0 ? sourceKey : index + 1}]
    </span>
  );
}
