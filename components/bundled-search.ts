/**
 * The search over the bundled catalogue and partners, shared by the popup and the catalogue
 * page: built once, on first use, from the data and the pinyin the build step generated.
 */
import { bundledCatalogue } from '../core/bundled-catalogue';
import { bundledPartners } from '../core/bundled-partners';
import partnerPinyin from '../core/generated/partner-pinyin.json';
import pinyin from '../core/generated/pinyin.json';
import { createSearch, type PinyinForm, type PinyinIndex, type Search } from '../core/search';

let search: Search | undefined;

export function bundledSearch(): Search {
  search ??= createSearch(bundledCatalogue, pinyin as PinyinIndex, {
    partners: { catalogue: bundledPartners, pinyin: partnerPinyin as PinyinForm[] },
  });
  return search;
}
