/**
 * The catalogue page's partners view (`#/partners`): every partner grouped by country, then
 * the regions (Hong Kong, Macao, Taiwan), then international organisations and groups of
 * countries; each partner with its calls, NSFC's and MOST's, per programme with the years
 * notices show. A partner working with two countries (A3, BSF) is listed under both. The
 * partner's facts and sources are one click away (`#/partner/<id>`).
 */
import type { Catalogue } from '../core/catalogue';
import type { PartnerCatalogue } from '../core/partners';
import type { Country, Partner } from '../core/partner-schema';
import { pick, type Lang } from '../core/i18n';
import { PARTNER_KIND_LABEL } from './labels';
import { PartnerName, seenYears } from './partner-text';

const T = {
  title: { zh: '合作伙伴', en: 'Partners' },
  intro: {
    zh: (partners: number, places: number) =>
      `${partners}个合作伙伴，分属${places}个国家和地区：国家自然科学基金委员会的合作机构，以及科技部政府间合作的国家、地区和组织。按国家和地区排列；点击名称查看数据与来源。`,
    en: (partners: number, places: number) =>
      `${partners} partners in ${places} countries and regions: NSFC’s counterpart organisations and the countries, regions and organisations of MOST’s intergovernmental lines. Grouped by country; open a name for its facts and sources.`,
  },
  countries: { zh: '国家', en: 'Countries' },
  regions: { zh: '港澳台地区', en: 'Hong Kong, Macao and Taiwan' },
  international: { zh: '国际组织与多国合作', en: 'International organisations and groups of countries' },
};

interface CountryGroup {
  /** Country code, or "international" for the partners without one. */
  code: string;
  name: { zh: string; en: string };
  partners: Partner[];
}

/** Every country and region with partners, sorted by name in the UI language; then the international group. */
export function partnerGroups(partners: PartnerCatalogue, lang: Lang): { countries: CountryGroup[]; regions: CountryGroup[]; international: CountryGroup } {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en');
  const groupOf = (country: Country): CountryGroup => ({
    code: country.code,
    name: country.name,
    partners: partners.partnersOfCountry(country.code),
  });
  const withPartners = partners.countries
    .map(groupOf)
    .filter((group) => group.partners.length > 0)
    .sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
  const isRegion = (group: CountryGroup) => partners.country(group.code)?.kind === 'region';
  return {
    countries: withPartners.filter((group) => !isRegion(group)),
    regions: withPartners.filter(isRegion),
    international: {
      code: 'international',
      name: T.international,
      partners: partners.partners.filter((partner) => partner.countries.length === 0),
    },
  };
}

export interface PartnersViewProps {
  partners: PartnerCatalogue;
  catalogue: Catalogue;
  lang: Lang;
  /** Link to a partner's page (`#/partner/<id>`). */
  partnerHrefFor(id: string): string;
  /** Link to a programme's page (`#/entry/<id>`). */
  entryHrefFor(id: string): string;
  /** Id of the page heading, for focus. */
  headingId?: string;
}

export function PartnersView(props: PartnersViewProps) {
  const { partners, lang } = props;
  const groups = partnerGroups(partners, lang);
  const places = groups.countries.length + groups.regions.length;
  return (
    <article class="gl-partners-view" aria-labelledby={props.headingId}>
      <h1 class="gl-view-title" id={props.headingId} tabIndex={-1}>
        {pick(T.title, lang)}
      </h1>
      <p class="gl-view-intro">{pick(T.intro, lang)(partners.partners.length, places)}</p>
      {groups.countries.map((group) => (
        <CountrySection key={group.code} group={group} level={2} {...props} />
      ))}
      {groups.regions.length > 0 && (
        <section class="gl-country-block" aria-labelledby="gl-regions-title">
          <h2 class="gl-country-block-title" id="gl-regions-title">
            {pick(T.regions, lang)}
          </h2>
          {groups.regions.map((group) => (
            <CountrySection key={group.code} group={group} level={3} {...props} />
          ))}
        </section>
      )}
      {groups.international.partners.length > 0 && <CountrySection group={groups.international} level={2} {...props} />}
    </article>
  );
}

function CountrySection(props: PartnersViewProps & { group: CountryGroup; level: 2 | 3 }) {
  const { group, lang, partners, catalogue } = props;
  const Heading = `h${props.level}` as const;
  const other = lang === 'zh' ? group.name.en : group.name.zh;
  return (
    <section class="gl-country" id={`gl-country-${group.code}`} data-country={group.code} aria-labelledby={`gl-country-${group.code}-title`}>
      <Heading class="gl-country-title" id={`gl-country-${group.code}-title`} tabIndex={-1}>
        {pick(group.name, lang)}
        {group.code !== 'international' && (
          <span class="gl-country-other" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
            {' '}
            {other}
          </span>
        )}
      </Heading>
      <ul class="gl-partner-rows">
        {group.partners.map((partner) => (
          <li key={partner.id} class="gl-partner-row" data-partner-id={partner.id}>
            <div class="gl-partner-row-name">
              <PartnerName partner={partner} partners={partners} lang={lang} hrefFor={props.partnerHrefFor} />
              <span class="gl-kind"> · {pick(PARTNER_KIND_LABEL[partner.kind], lang)}</span>
            </div>
            <ul class="gl-partner-calls">
              {partner.programmes.map((link) => {
                const entry = catalogue.byId(link.programme);
                return (
                  <li key={link.programme} data-programme={link.programme}>
                    <span class="gl-badge gl-badge-funder">{entry?.funder}</span>
                    <a href={props.entryHrefFor(link.programme)} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
                      {entry ? (lang === 'zh' ? entry.name.zh : entry.name.en[0].text) : link.programme}
                    </a>
                    <span class="gl-years"> {seenYears(link, lang)}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
