/**
 * Every written form a page mention can match (current Chinese name, English names, aliases;
 * core/written-forms.ts `nameRefsOf`, so aliases too generic to highlight are left out): the name
 * list mark.js and the naive regex get, and what the page generator plants.
 */
import { nameRefsOf } from '../core/written-forms';
import type { Entry } from '../core/schema';

export interface NameForm {
  text: string;
  lang: 'zh' | 'en';
}

/** Distinct forms, in catalogue order. */
export function catalogueForms(entries: readonly Entry[]): NameForm[] {
  const seen = new Set<string>();
  const forms: NameForm[] = [];
  for (const entry of entries) {
    for (const ref of nameRefsOf(entry)) {
      if (seen.has(ref.text)) continue;
      seen.add(ref.text);
      forms.push({ text: ref.text, lang: ref.lang });
    }
  }
  return forms;
}
