/**
 * The search over the bundled catalogue, shared by the popup and the catalogue page: built
 * once, on first use, from the catalogue and the pinyin the build step generated.
 */
import { bundledCatalogue } from '../core/bundled-catalogue';
import pinyin from '../core/generated/pinyin.json';
import { createSearch, type PinyinIndex, type Search } from '../core/search';

let search: Search | undefined;

export function bundledSearch(): Search {
  search ??= createSearch(bundledCatalogue, pinyin as PinyinIndex);
  return search;
}
