/**
 * Pieces and the composer: how the recognizer reads names that are written in formulas
 * (中德(NSFC-DFG)合作研究项目: a prefix, a partner's abbreviation, the kind of call) without a
 * second scan of the text and without spelling out every partner × formula string.
 *
 * - The automaton (core/matcher.ts) holds every *word* a grammar cares about: a programme's
 *   name, a partner's name or abbreviation, a formula word (国家自然科学基金委员会, 合作研究项目,
 *   中国和 …). Each folded key carries one or more **pieces**: a piece kind (a name a grammar
 *   declares, such as `partner` or `nsfcKind`) and the items it stands for (the partners, the
 *   kind of call …). The scan reports keys leftmost-longest and non-overlapping, as before:
 *   these are the **tokens**.
 * - The **composer** reads the tokens in order. Tokens separated only by fillers (brackets of
 *   any width, spaces and line breaks, quote marks, dashes, 与/和, and the connector words
 *   and/of/for/on/the/in/with/between/under) form a chain; a **rule** is a sequence of slots over piece kinds (each
 *   slot taken `min`..`max` times). At the first token of a chain, the longest rule match
 *   starting there wins (ties: the rule listed first), its **action** turns the match into a
 *   Mention (or refuses, and the next longest is tried), and the chain goes on after it. A
 *   single-slot rule is how a token stands alone (a programme name is the rule [name]).
 * - A token no rule uses is dropped. If its key could hide a key that begins a mention
 *   starting inside it (其中德国研究联合会: 中德 hides 德国研究联合会; the `shadows` table,
 *   computed at build time, says which keys can), a short look from the character after its
 *   start tells whether one does; only then does the scan go back there, as if the token had
 *   never matched. So the result is leftmost-longest over names and compositions together, and
 *   one scan reads each character once, apart from these short looks.
 *   A shorter key at a dropped token's own start is not looked for: a grammar whose key extends
 *   another (NSFC-DFG extends NSFC) must let the longer one compose whatever the shorter one,
 *   followed by the rest of the longer key, would.
 *
 * Everything compiled here is plain data (typed arrays, arrays, plain objects): the lexicon's
 * piece tables, the rules with piece kinds as numbers, the grammars' own tables. The build packs
 * the bundled catalogue's for the content script (scripts/gen/recognition.ts,
 * core/recognition-pack.ts, issue 12), which runs the Composer on it and never loads
 * LexiconBuilder or compileRules (tree shaking leaves them out of its bundle). The actions are
 * code, looked up by name (core/recognition-actions.ts).
 *
 * Pure: no DOM, no browser API.
 */
import { FOLD_IGNORED, FOLD_SPACE, isLatinWordChar } from './fold';
import { keysThatHide, type AutomatonData } from './matcher';
import type { Mention } from './types';

// ---------------------------------------------------------------------------------------
// Grammars: what a recognition pass declares

/** One slot of a rule: a token carrying a piece of one of `kinds`, `min`..`max` times (default once). */
export interface SlotSpec {
  kinds: readonly string[];
  min?: number;
  max?: number;
}

export interface RuleSpec {
  /** Unique across grammars: for tests and docs. */
  name: string;
  slots: readonly SlotSpec[];
  /** The action's name in the grammar's `actions`. */
  action: string;
}

/** One token of a match, as an action sees it. */
export interface MatchedToken {
  /** Index of the slot it filled. */
  slot: number;
  /** The piece kind it filled the slot with, and that piece's items. */
  kind: string;
  items: readonly unknown[];
  start: number;
  end: number;
}

export interface RuleMatch {
  rule: string;
  /** The text being scanned (offsets below are into it): for an action that reads the fillers between tokens. */
  text: string;
  start: number;
  end: number;
  tokens: readonly MatchedToken[];
}

/** What an action makes of a match: a mention (offsets come from the match), nothing (try the next match), or `DROP`. */
export type ActionResult = Omit<Mention, 'start' | 'end'> | null | typeof DROP;

/** An action result: the tokens are used up, and no mention is made (非组织间 …). */
export const DROP = 'drop';

export type Action<T> = (match: RuleMatch, data: T) => ActionResult;

/**
 * A recognition pass on the pieces: the words it adds to the automaton, the plain data its
 * actions read, its rules and actions. Programme names are one (core/programme-names.ts),
 * partner calls another (core/partner-calls.ts); docs/architecture.md, «Recognition passes».
 */
export interface Grammar<Input, T = unknown> {
  name: string;
  /** Build time: adds the grammar's words to the lexicon and returns the data its actions need (plain data). */
  build(input: Input, lexicon: LexiconBuilder): T;
  rules: readonly RuleSpec[];
  actions: Readonly<Record<string, Action<T>>>;
}

// ---------------------------------------------------------------------------------------
// The lexicon: folded keys and their pieces

/** Builds the keys of the automaton and the pieces of each key. */
export class LexiconBuilder {
  private readonly byKey = new Map<string, Map<string, unknown[]>>();
  /** Keys every one of whose forms is case-checked, with the form (see core/abbreviation-case.ts). */
  private readonly caseForms = new Map<string, string>();
  private readonly uncased = new Set<string>();

  constructor(readonly fold: (text: string) => string) {}

  /**
   * Adds an item of a piece kind to the folded form of `text` (`folded`: `text` is the key
   * already). `caseForm`: the form, as the catalogue writes it, of an all-caps abbreviation that
   * matches only in capitals or as written (issue 14); a key that any form adds without one is
   * matched in any case.
   */
  add(text: string, kind: string, item: unknown, options: { caseForm?: string; folded?: boolean } = {}): void {
    const key = options.folded ? text : this.fold(text);
    if (key === '') return;
    let kinds = this.byKey.get(key);
    if (!kinds) this.byKey.set(key, (kinds = new Map()));
    const items = kinds.get(kind);
    if (!items) kinds.set(kind, [item]);
    else if (!items.some((known) => sameItem(known, item))) items.push(item);
    if (options.caseForm !== undefined && !this.uncased.has(key)) {
      if (!this.caseForms.has(key)) this.caseForms.set(key, options.caseForm);
    } else {
      this.uncased.add(key);
      this.caseForms.delete(key);
    }
  }

  build(kindNames: readonly string[]): LexiconData {
    const kindOf = new Map(kindNames.map((name, i) => [name, i]));
    const keys = [...this.byKey.keys()];
    const tables: unknown[][][] = kindNames.map(() => []);
    const pieceStart = new Int32Array(keys.length + 1);
    let count = 0;
    for (const kinds of this.byKey.values()) count += kinds.size;
    const pieceKind = new Uint8Array(count);
    const pieceValue = new Int32Array(count);
    let at = 0;
    keys.forEach((key, pattern) => {
      pieceStart[pattern] = at;
      for (const [kind, items] of this.byKey.get(key)!) {
        const k = kindOf.get(kind);
        if (k === undefined) throw new Error(`lexicon: piece kind "${kind}" is not declared by any rule`);
        pieceKind[at] = k;
        pieceValue[at] = tables[k]!.push(Object.freeze(items) as unknown[]) - 1;
        at++;
      }
    });
    pieceStart[keys.length] = at;
    return { keys, kinds: [...kindNames], pieceStart, pieceKind, pieceValue, tables, caseForms: keys.map((key) => this.caseForms.get(key) ?? '') };
  }
}

function sameItem(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/** The lexicon as plain data: the keys (pattern index = key index) and each key's pieces (CSR). */
export interface LexiconData {
  keys: string[];
  /** Piece kind names; a piece's kind is an index into this list. */
  kinds: string[];
  pieceStart: Int32Array;
  pieceKind: Uint8Array;
  pieceValue: Int32Array;
  /** tables[kind][value]: the items a piece stands for. */
  tables: unknown[][][];
  /** Per key: the form whose capitals are checked, or '' (matched in any case). */
  caseForms: string[];
}

// ---------------------------------------------------------------------------------------
// Rules, compiled

export interface CompiledSlot {
  kinds: number[];
  min: number;
  max: number;
}

export interface CompiledRule {
  name: string;
  /** Index of its grammar (its actions and data). */
  grammar: number;
  action: string;
  slots: CompiledSlot[];
}

export interface RulesData {
  rules: CompiledRule[];
  /** Per pattern: 1 when one of its pieces can start a rule (else the token is dropped at once). */
  starts: Uint8Array;
  /**
   * Per pattern: 1 when its token only ever stands alone (every piece kind it has is read by
   * single-slot rules only): it is settled the moment it is read, with the result computed at
   * build time (so a single-slot rule's action must depend on the token's items only).
   */
  solo: Uint8Array;
  /** Per solo pattern: what its token makes alone (null: nothing, it is dropped); undefined for the others. */
  soloResults: Array<ActionResult | undefined>;
  /**
   * Per pattern: 0, or how far (key characters from its start) a key hidden inside it could
   * reach: a dropped token looks that far for one (core/matcher.ts keysThatHide).
   */
  shadows: Uint16Array;
}

/** The kinds every rule reads, in order of first use: the lexicon's kind list. */
export function ruleKinds(grammars: ReadonlyArray<Pick<Grammar<unknown>, 'rules'>>): string[] {
  const kinds: string[] = [];
  for (const grammar of grammars) for (const rule of grammar.rules) for (const slot of rule.slots) for (const kind of slot.kinds) {
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The rules as plain data, with what the lexicon's keys can do: start a rule, only stand alone
 * (and then what they make, computed here with the grammars' actions and `grammarData`), hide
 * a key that begins a mention (computed only for keys whose tokens can be dropped).
 */
export function compileRules(
  grammars: ReadonlyArray<Pick<Grammar<unknown>, 'rules' | 'actions'>>,
  grammarData: readonly unknown[],
  lexicon: LexiconData,
  automaton: AutomatonData,
): RulesData {
  const kindOf = new Map(lexicon.kinds.map((name, i) => [name, i]));
  const rules: CompiledRule[] = [];
  const names = new Set<string>();
  grammars.forEach((grammar, g) => {
    for (const rule of grammar.rules) {
      if (names.has(rule.name)) throw new Error(`composer: two rules named "${rule.name}"`);
      names.add(rule.name);
      rules.push({
        name: rule.name,
        grammar: g,
        action: rule.action,
        slots: rule.slots.map((slot) => ({ kinds: slot.kinds.map((kind) => kindOf.get(kind)!), min: slot.min ?? 1, max: slot.max ?? 1 })),
      });
    }
  });
  // The kinds that can fill a rule's first token: every slot up to the first one it cannot skip.
  const starting = new Set<number>();
  for (const rule of rules) {
    for (const slot of rule.slots) {
      slot.kinds.forEach((kind) => starting.add(kind));
      if (slot.min > 0) break;
    }
  }
  // Kinds read by a rule of more than one token (or one that may repeat): tokens that can chain.
  const chaining = new Set<number>();
  const alone = new Set<number>();
  for (const rule of rules) {
    const single = rule.slots.length === 1 && rule.slots[0]!.min === 1 && rule.slots[0]!.max === 1;
    for (const slot of rule.slots) for (const kind of slot.kinds) (single ? alone : chaining).add(kind);
  }
  const patterns = lexicon.keys.length;
  const starts = new Uint8Array(patterns);
  const solo = new Uint8Array(patterns);
  for (let p = 0; p < patterns; p++) {
    let chains = false;
    let stands = false;
    for (let i = lexicon.pieceStart[p]!; i < lexicon.pieceStart[p + 1]!; i++) {
      const kind = lexicon.pieceKind[i]!;
      if (starting.has(kind)) starts[p] = 1;
      if (chaining.has(kind)) chains = true;
      if (alone.has(kind)) stands = true;
    }
    solo[p] = stands && !chains ? 1 : 0;
  }
  const soloResults: Array<ActionResult | undefined> = [];
  const droppable = new Uint8Array(patterns);
  for (let p = 0; p < patterns; p++) {
    if (solo[p] === 1) soloResults[p] = standAloneResult(p, rules, grammars, grammarData, lexicon);
    droppable[p] = solo[p] === 1 && soloResults[p] !== null ? 0 : 1;
  }
  return { rules, starts, solo, soloResults, shadows: keysThatHide(automaton, lexicon.keys, starts, droppable) };
}

/** What a solo pattern's token makes alone: the first single-slot rule (in order) whose action makes something. */
function standAloneResult(
  pattern: number,
  rules: readonly CompiledRule[],
  grammars: ReadonlyArray<Pick<Grammar<unknown>, 'actions'>>,
  grammarData: readonly unknown[],
  lexicon: LexiconData,
): ActionResult {
  for (const rule of rules) {
    const slot = rule.slots[0]!;
    if (rule.slots.length !== 1) continue;
    for (let i = lexicon.pieceStart[pattern]!; i < lexicon.pieceStart[pattern + 1]!; i++) {
      const kind = lexicon.pieceKind[i]!;
      if (!slot.kinds.includes(kind)) continue;
      const items = lexicon.tables[kind]![lexicon.pieceValue[i]!]!;
      const match: RuleMatch = { rule: rule.name, text: '', start: 0, end: 0, tokens: [{ slot: 0, kind: lexicon.kinds[kind]!, items, start: 0, end: 0 }] };
      const made = grammars[rule.grammar]!.actions[rule.action]!(match, grammarData[rule.grammar]);
      if (made !== null) return made;
      break;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// The composer at run time

/** The longest a composed mention may be, in UTF-16 code units (page/chunked-find.ts overlaps chunks by more). */
export const MAX_COMPOSED_SPAN = 160;
/** The longest run of fillers between two tokens of one chain. */
export const MAX_FILLER_GAP = 12;

/** Folded code units that may stand between two tokens of a chain (besides ignored ones and spaces). */
export const FILLER_CHARS = '()[]{}〔〕-/与和&';
/**
 * Latin words that may stand between two tokens of a chain. in / with / between / under join the
 * words of English names ("Cooperation in Science and Technology Innovation between
 * Governments", "… with Hong Kong, Macao and Taiwan", "… under the National Key R&D Program");
 * a grammar that cares which connector stands where reads the text (core/english-names.ts).
 */
const CONNECTOR_WORDS = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'with', 'between', 'under']);

export interface ComposerSetup {
  lexicon: LexiconData;
  rules: RulesData;
  foldTable: Uint16Array;
  /** Per grammar, in the rules' grammar order: its actions and its data. */
  grammars: ReadonlyArray<{ actions: Readonly<Record<string, Action<unknown>>>; data: unknown }>;
  /** The matcher's scan (core/matcher.ts scanTokens), for the look after a dropped token. */
  scan(text: string, onToken: (start: number, end: number, pattern: number) => number, from: number, to: number): void;
}

/**
 * How far the look for a name hidden in a dropped token reads, per key character it could
 * reach: room for a quote, space or line break between every two characters, and then some.
 */
const HIDDEN_LOOK_PER_CHAR = 2;
const HIDDEN_LOOK_SLACK = 16;

/**
 * Reads the tokens of one scan and emits mentions. `token` is the matcher's OnToken: it
 * returns where the scan goes on. After the scan, `finish` settles the last chain; when it
 * returns a position, the caller scans again from there (and calls `finish` again).
 */
export class Composer {
  private readonly filler: Uint8Array;
  private text = '';
  private emit: (mention: Mention) => void = () => {};
  // The chain: tokens joined by fillers, not yet settled.
  private readonly tokStart: number[] = [];
  private readonly tokEnd: number[] = [];
  private readonly tokPattern: number[] = [];
  private count = 0;
  private head = 0;

  constructor(private readonly setup: ComposerSetup) {
    this.filler = new Uint8Array(0x10000);
    this.filler[FOLD_IGNORED] = 1;
    this.filler[FOLD_SPACE] = 1;
    for (const ch of FILLER_CHARS) this.filler[ch.charCodeAt(0)] = 1;
  }

  start(text: string, emit: (mention: Mention) => void): void {
    this.text = text;
    this.emit = emit;
    this.count = 0;
    this.head = 0;
  }

  readonly token = (start: number, end: number, pattern: number): number => {
    const { starts, solo } = this.setup.rules;
    // A token that cannot join the chain (or only ever stands alone) settles it first.
    if (this.head < this.count && (solo[pattern] === 1 || !this.joins(this.tokEnd[this.count - 1]!, start))) {
      const again = this.settle(Infinity);
      if (again >= 0) return again;
    }
    if (this.head === this.count) {
      this.head = this.count = 0;
      // The common cases, decided at once: a programme's name; a word that begins nothing.
      if (solo[pattern] === 1) return this.standAlone(start, end, pattern) ? end : this.dropped(start, end, pattern);
      if (starts[pattern] === 0) return this.dropped(start, end, pattern);
    }
    if (this.head >= 1024) this.compact();
    this.tokStart[this.count] = start;
    this.tokEnd[this.count] = end;
    this.tokPattern[this.count] = pattern;
    this.count++;
    // The chain's first tokens can no longer take this one (or any later) into a rule.
    const again = this.settle(end - MAX_COMPOSED_SPAN);
    return again >= 0 ? again : end;
  };

  /** Emits the mention of a solo token (its result computed at build time); false when it makes none. */
  private standAlone(start: number, end: number, pattern: number): boolean {
    const made = this.setup.rules.soloResults[pattern]!;
    if (made === null) return false;
    if (made !== DROP) this.emit(mentionAt(start, end, made));
    return true;
  }

  /** Where the scan goes on after dropping the token text[start, end): back inside it if it hid one. */
  private dropped(start: number, end: number, pattern: number): number {
    return this.setup.rules.shadows[pattern]! > 0 && this.hidesOne(start, end, pattern) ? start + 1 : end;
  }

  /**
   * Whether a token that can begin a mention starts inside the dropped token text[start, end)
   * once it is gone (tokens that begin nothing are stepped over one character at a time, so
   * none of them hides one either). Called from inside the scan's callback: the matcher may
   * scan again then (it starts afresh after every callback).
   */
  private hidesOne(start: number, end: number, pattern: number): boolean {
    const { starts, solo, shadows } = this.setup.rules;
    const stop = this.text.length;
    const to = Math.min(stop, Math.max(end + 1, start + shadows[pattern]! * HIDDEN_LOOK_PER_CHAR + HIDDEN_LOOK_SLACK));
    let hides = false;
    const look = (at: number, _end: number, pattern: number): number => {
      if (at >= end) return stop;
      if (starts[pattern] === 1 || solo[pattern] === 1) {
        hides = true;
        return stop;
      }
      return at + 1;
    };
    this.setup.scan(this.text, look, start + 1, to);
    return hides;
  }

  /** Drops the settled tokens from the front of a long chain (中德中德中德…: each settles late). */
  private compact(): void {
    const live = this.count - this.head;
    for (let i = 0; i < live; i++) {
      this.tokStart[i] = this.tokStart[this.head + i]!;
      this.tokEnd[i] = this.tokEnd[this.head + i]!;
      this.tokPattern[i] = this.tokPattern[this.head + i]!;
    }
    this.tokStart.length = this.tokEnd.length = this.tokPattern.length = live;
    this.head = 0;
    this.count = live;
  }

  /** Settles what is left; returns where to scan again, or -1. */
  finish(): number {
    return this.settle(Infinity);
  }

  /**
   * Settles the chain's tokens that start before `before` (Infinity: all), first to last.
   * Returns where to scan again when a dropped token may hide a name, else -1.
   */
  private settle(before: number): number {
    while (this.head < this.count && this.tokStart[this.head]! < before) {
      const first = this.head;
      const used = this.composeAt(first);
      if (used > 0) {
        this.head += used;
        continue;
      }
      this.head++;
      const pattern = this.tokPattern[first]!;
      if (this.setup.rules.shadows[pattern]! > 0 && this.hidesOne(this.tokStart[first]!, this.tokEnd[first]!, pattern)) {
        this.head = this.count = 0;
        return this.tokStart[first]! + 1;
      }
    }
    return -1;
  }

  /** Whether the text between two tokens is only fillers (so they belong to one chain). */
  private joins(from: number, to: number): boolean {
    if (to - from > MAX_FILLER_GAP) return false;
    const { foldTable } = this.setup;
    const text = this.text;
    for (let i = from; i < to; ) {
      const folded = foldTable[text.charCodeAt(i)]!;
      if (this.filler[folded] === 1) {
        i++;
        continue;
      }
      if (!isLatinWordChar(folded)) return false;
      let word = '';
      while (i < to && isLatinWordChar(foldTable[text.charCodeAt(i)]!)) word += String.fromCharCode(foldTable[text.charCodeAt(i++)]!);
      if (!CONNECTOR_WORDS.has(word)) return false;
    }
    return true;
  }

  /**
   * The longest rule match starting at chain token `first` whose action makes something of it:
   * emits its mention and returns how many tokens it used (0: none).
   */
  private composeAt(first: number): number {
    const made = this.compose(first);
    if (made === null) return 0;
    if (made !== DROP) this.emit(mentionAt(this.tokStart[first]!, this.tokEnd[this.used - 1 + first]!, made));
    return this.used;
  }

  /** How many tokens the last `compose` used. */
  private used = 0;

  // The rule walk's state for one `compose`, kept here so a call allocates no closure nor
  // working arrays (issue 12: the composer's allocations were a visible part of the English
  // page's scan). `compose` is never re-entered: actions only read their match.
  /** The chain token the walk starts at. */
  private walkFirst = 0;
  /** The (slot, piece) pairs bound so far on the walk's path. */
  private readonly walkBinds: number[] = [];
  /** The complete rule matches found. */
  private readonly walkFound: Array<{ rule: number; last: number; binds: number[] }> = [];

  /** Matches rule `rule` from slot `slot` (filled `times` times so far) at chain token `tok`, every way it can. */
  private walk(rule: number, slot: number, times: number, tok: number): void {
    const slots = this.setup.rules.rules[rule]!.slots;
    const first = this.walkFirst;
    const binds = this.walkBinds;
    if (slot === slots.length) {
      if (tok > first) this.walkFound.push({ rule, last: tok - 1, binds: binds.slice() });
      return;
    }
    const s = slots[slot]!;
    if (times < s.max && tok < this.count && this.tokEnd[tok]! - this.tokStart[first]! <= MAX_COMPOSED_SPAN) {
      const piece = this.pieceOf(this.tokPattern[tok]!, s.kinds);
      if (piece >= 0) {
        binds.push(slot, piece);
        this.walk(rule, slot, times + 1, tok + 1);
        binds.length -= 2;
      }
    }
    if (times >= s.min) this.walk(rule, slot + 1, 0, tok);
  }

  /** What the longest rule match at chain token `first` makes (null: no rule makes anything); sets `used`. */
  private compose(first: number): ActionResult {
    const { lexicon, rules: compiled } = this.setup;
    if (compiled.starts[this.tokPattern[first]!] !== 1) return null;
    const found = this.walkFound;
    found.length = 0;
    this.walkBinds.length = 0;
    this.walkFirst = first;
    for (let rule = 0; rule < compiled.rules.length; rule++) this.walk(rule, 0, 0, first);
    if (found.length === 0) return null;
    found.sort((a, b) => b.last - a.last || a.rule - b.rule);
    for (const { rule, last, binds: bound } of found) {
      const { grammar, action, name } = compiled.rules[rule]!;
      const tokens: MatchedToken[] = [];
      for (let k = 0; k < bound.length; k += 2) {
        const tok = first + k / 2;
        const piece = bound[k + 1]!;
        tokens.push({
          slot: bound[k]!,
          kind: lexicon.kinds[lexicon.pieceKind[piece]!]!,
          items: lexicon.tables[lexicon.pieceKind[piece]!]![lexicon.pieceValue[piece]!]!,
          start: this.tokStart[tok]!,
          end: this.tokEnd[tok]!,
        });
      }
      const match: RuleMatch = { rule: name, text: this.text, start: this.tokStart[first]!, end: this.tokEnd[last]!, tokens };
      const { actions, data } = this.setup.grammars[grammar]!;
      const made = actions[action]!(match, data);
      if (made === null) continue;
      this.used = last - first + 1;
      return made;
    }
    return null;
  }

  /** The index of the first piece of `pattern` whose kind is in `kinds`, or -1. */
  private pieceOf(pattern: number, kinds: readonly number[]): number {
    const { pieceStart, pieceKind } = this.setup.lexicon;
    for (let i = pieceStart[pattern]!; i < pieceStart[pattern + 1]!; i++) if (kinds.includes(pieceKind[i]!)) return i;
    return -1;
  }
}

/** A mention from an action's result and its offsets (one object shape for the common case). */
function mentionAt(start: number, end: number, made: Omit<Mention, 'start' | 'end'>): Mention {
  const mention: Mention = { start, end, refs: made.refs };
  if (made.partners !== undefined) mention.partners = made.partners;
  if (made.grant !== undefined) mention.grant = made.grant;
  return mention;
}
