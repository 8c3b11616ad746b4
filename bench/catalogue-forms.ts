/**
 * Every written form the catalogue knows (current Chinese name, English names, aliases):
 * the name list mark.js and the naive regex get, and what the page generator plants.
 */
import type { Entry } from '../core/schema';

export interface NameForm {
  text: string;
  lang: 'zh' | 'en';
}

/** Distinct forms, in catalogue order. */
export function catalogueForms(entries: readonly Entry[]): NameForm[] {
  const seen = new Set<string>();
  const forms: NameForm[] = [];
  const add = (text: string, lang: 'zh' | 'en'): void => {
    if (seen.has(text)) return;
    seen.add(text);
    forms.push({ text, lang });
  };
  for (const entry of entries) {
    add(entry.name.zh, 'zh');
    for (const english of entry.name.en) add(english.text, 'en');
    for (const alias of entry.aliases) add(alias.text, alias.lang);
  }
  return forms;
}
