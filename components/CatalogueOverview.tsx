/**
 * What the catalogue page opens on (issue 14): the two families of today and the historical
 * programme, each with what it is for (its summary), its programmes and how many partners work
 * through it; then what changed, latest first (core/overview.ts); then the way to the partners.
 */
import type { Catalogue } from '../core/catalogue';
import { FUNDER_NAMES } from '../core/catalogue';
import type { PartnerCatalogue } from '../core/partners';
import { catalogueChanges, OVERVIEW_FAMILIES, partnersOfFamily, type CatalogueChange, type Rename } from '../core/overview';
import type { Entry } from '../core/schema';
import { pick, type Lang } from '../core/i18n';
import { formatYears } from './years';

const T = {
  title: { zh: '中国国际科技合作资助项目目录', en: "Catalogue of China's international S&T cooperation funding" },
  intro: {
    zh: '两大类资助：科技部国家重点研发计划的国际合作重点专项，和国家自然科学基金的国际（地区）合作研究与交流项目；另有2001–2015年的国际科技合作专项。每项数据都注明年份和公开来源。',
    en: "Two families of funding: the international cooperation special projects of MOST's National Key R&D Program, and NSFC's international (regional) cooperation and exchange programmes; and the 2001–2015 programme before them. Every figure carries its year and a public source.",
  },
  families: { zh: '项目类别', en: 'The families' },
  historical: { zh: '历史项目', en: 'Historical programme' },
  funder: { zh: '资助机构：', en: 'Funder: ' },
  includes: { zh: '下设：', en: 'Includes: ' },
  partnerCount: {
    zh: (n: number) => `与${n}个合作伙伴联合资助`,
    en: (n: number) => `Works with ${n} partners`,
  },
  changes: { zh: '近年变化', en: 'What changed' },
  renamed: { zh: '更名：', en: 'Renamed: ' },
  about: { zh: (year: number) => `约${year}年`, en: (year: number) => `about ${year}` },
  year: { zh: (year: number) => `${year}年`, en: (year: number) => String(year) },
  partners: { zh: '按国家和地区查看合作伙伴', en: 'Partners by country' },
  partnersIntro: {
    zh: (n: number) => `${n}个合作机构和政府间合作国家，各附合作项目、数据与来源。`,
    en: (n: number) => `${n} partner organisations and government lines, each with its calls, facts and sources.`,
  },
};

export interface CatalogueOverviewProps {
  catalogue: Catalogue;
  partners: PartnerCatalogue;
  lang: Lang;
  entryHrefFor(id: string): string;
  partnerHrefFor(id: string): string;
  partnersHref: string;
  headingId?: string;
}

export function CatalogueOverview(props: CatalogueOverviewProps) {
  const { catalogue, partners, lang } = props;
  const families = (ids: readonly string[]) => ids.flatMap((id) => catalogue.byId(id) ?? []);
  return (
    <article class="gl-overview" aria-labelledby={props.headingId}>
      <h1 class="gl-view-title" id={props.headingId} tabIndex={-1}>
        {pick(T.title, lang)}
      </h1>
      <p class="gl-view-intro">{pick(T.intro, lang)}</p>

      <section aria-labelledby="gl-overview-families">
        <h2 class="gl-overview-heading" id="gl-overview-families">
          {pick(T.families, lang)}
        </h2>
        <div class="gl-family-cards">
          {families(OVERVIEW_FAMILIES.current).map((family) => (
            <FamilyCard key={family.id} family={family} {...props} />
          ))}
        </div>
        <div class="gl-family-cards gl-family-cards-historical">
          {families(OVERVIEW_FAMILIES.historical).map((family) => (
            <FamilyCard key={family.id} family={family} historical {...props} />
          ))}
        </div>
      </section>

      <section aria-labelledby="gl-overview-changes">
        <h2 class="gl-overview-heading" id="gl-overview-changes">
          {pick(T.changes, lang)}
        </h2>
        <ol class="gl-changes">
          {catalogueChanges(catalogue, partners).map((change) => (
            <ChangeItem key={changeKey(change)} change={change} {...props} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="gl-overview-partners">
        <h2 class="gl-overview-heading" id="gl-overview-partners">
          <a href={props.partnersHref}>{pick(T.partners, lang)}</a>
        </h2>
        <p>{pick(T.partnersIntro, lang)(partners.partners.length)}</p>
      </section>
    </article>
  );
}

function FamilyCard(props: CatalogueOverviewProps & { family: Entry; historical?: boolean }) {
  const { family, catalogue, partners, lang } = props;
  const partnerCount = partnersOfFamily(catalogue, partners, family.id);
  const children = catalogue.children(family.id);
  return (
    <section class={`gl-family-card${props.historical ? ' gl-family-card-historical' : ''}`} data-entry-id={family.id} aria-labelledby={`gl-family-${family.id}`}>
      {props.historical && <p class="gl-kind">{pick(T.historical, lang)}</p>}
      <h3 class="gl-family-name" id={`gl-family-${family.id}`}>
        <a href={props.entryHrefFor(family.id)} lang="zh-CN">
          {family.name.zh}
        </a>
      </h3>
      <p class="gl-family-en" lang="en">
        {family.name.en[0].text}
      </p>
      <p class="gl-meta">
        {pick(T.funder, lang)}
        {pick(FUNDER_NAMES[family.funder], lang)}
      </p>
      <p class="gl-summary">{pick(family.summary, lang)}</p>
      {children.length > 0 && (
        <p class="gl-family-children">
          {pick(T.includes, lang)}
          {children.map((child, index) => (
            <span key={child.id}>
              {index > 0 && (lang === 'zh' ? '、' : ', ')}
              <a href={props.entryHrefFor(child.id)} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
                {lang === 'zh' ? child.name.zh : child.name.en[0].text}
              </a>
            </span>
          ))}
        </p>
      )}
      {partnerCount > 0 && <p class="gl-meta">{pick(T.partnerCount, lang)(partnerCount)}</p>}
    </section>
  );
}

function changeKey(change: CatalogueChange): string {
  return change.kind === 'structure' ? `s:${change.entry}:${change.year}` : `r:${change.subject.id}:${change.year}`;
}

function ChangeItem(props: CatalogueOverviewProps & { change: CatalogueChange }) {
  const { change, lang, catalogue } = props;
  const year = change.kind === 'rename' && change.approximate ? pick(T.about, lang)(change.year) : pick(T.year, lang)(change.year);
  if (change.kind === 'structure') {
    const entry = catalogue.byId(change.entry);
    return (
      <li class="gl-change" data-change={change.entry}>
        <span class="gl-change-year">{year}</span>
        <span class="gl-change-text">
          {pick(change.text, lang)}{' '}
          {entry && (
            <a href={props.entryHrefFor(entry.id)} lang="zh-CN">
              {entry.name.zh}
            </a>
          )}
        </span>
      </li>
    );
  }
  // The renames in the UI's language first (a partner renamed in Chinese and English at once).
  const renames = [...change.renames].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  const subject = change.subject;
  const href = subject.kind === 'partner' ? props.partnerHrefFor(subject.id) : props.entryHrefFor(subject.id);
  return (
    <li class="gl-change" data-change={subject.id}>
      <span class="gl-change-year">{year}</span>
      <span class="gl-change-text">
        {pick(T.renamed, lang)}
        {renames.map((rename, index) => (
          <RenameText key={`${rename.lang}:${rename.former}`} rename={rename} lang={lang} href={index === 0 ? href : undefined} />
        ))}
      </span>
    </li>
  );
}

/** "former (until …) → current", the current name linked to its entry or partner in the first rename. */
function RenameText({ rename, lang, href }: { rename: Rename; lang: Lang; href?: string }) {
  const tag = rename.lang === 'zh' ? 'zh-CN' : rename.lang;
  const years = formatYears(rename.formerYears, lang);
  return (
    <>
      {!href && (lang === 'zh' ? '；' : '; ')}
      <span lang={tag}>{rename.former}</span>
      {years && <span class="gl-years">{lang === 'zh' ? `（${years}）` : ` (${years})`}</span>}
      {' → '}
      {href ? (
        <a href={href} lang={tag}>
          {rename.current}
        </a>
      ) : (
        <span lang={tag}>{rename.current}</span>
      )}
    </>
  );
}
