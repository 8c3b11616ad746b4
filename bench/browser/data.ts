/** What the Node side hands the page for one catalogue (served as JSON from 127.0.0.1). */
import type { PartnersFile } from '../../core/partner-schema';
import type { Entry } from '../../core/schema';
import type { PinyinForm, PinyinIndex } from '../../core/search';
import type { NameForm } from '../catalogue-forms';

export interface CatalogueData {
  label: string;
  entries: Entry[];
  /** The partner catalogue Grant Lens recognises with these entries (the real catalogue's; none for synthetic ones). */
  recognizedPartners?: PartnersFile;
  /** Every written form, for mark.js and the naive regex (the same names Grant Lens knows). */
  forms: NameForm[];
  /** Build-time pinyin of the Chinese forms (the popup ships it; pinyin-pro is Node-only here). */
  pinyin: PinyinIndex;
  /**
   * The partners the popup searches beside the programmes, with their build-time pinyin; none
   * for the "programmes" catalogue (the 16-entry catalogue before partners, for comparison).
   */
  partners?: { file: PartnersFile; pinyin: PinyinForm[] };
}

export async function loadCatalogue(label: string): Promise<CatalogueData> {
  const response = await fetch(`/catalogue/${label}.json`);
  if (!response.ok) throw new Error(`bench: no catalogue "${label}" (${response.status})`);
  return (await response.json()) as CatalogueData;
}
