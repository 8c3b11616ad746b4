/**
 * The fold table the recognizer and the quick search use unless told otherwise: the rules of
 * core/fold.ts plus the traditional → simplified table generated from the catalogue
 * (scripts/gen/trad-table.ts), so 重點國際 finds 重点国际 in both. Built once, on first use
 * (65,536 entries).
 *
 * Apart from fold.ts on purpose: fold.ts must load without any generated file (the
 * catalogue validator uses foldKey before `npm run generate` has written one).
 *
 * Pure: no DOM, no browser API.
 */
import { buildFoldTable } from './fold';
import { TRAD_TO_SIMP } from './generated/trad-to-simp';

let table: Uint16Array | undefined;

export function defaultFoldTable(): Uint16Array {
  return (table ??= buildFoldTable(TRAD_TO_SIMP));
}
