/**
 * Command-line recognizer:
 * `npm run recognize -- [--catalogue FILE] [--partners FILE | --no-partners] FILE...` (`-` = stdin).
 *
 * Prints one JSON object per line per match, in file order:
 *   {"file":"notice.html","id":"nsfc-key","start":12,"end":26,"text":"重点国际（地区）合作研究项目"}
 *   {"file":"call.txt","id":"nsfc-org-research","partner":"dfg","start":0,"end":18,"text":"中德(NSFC-DFG)合作研究项目"}
 * `partner` is there when the match names a partner (a partner call, or a partner named alone,
 * whose `id` is null). `start`/`end` are UTF-16 code units into the decoded text (a leading BOM
 * removed); for .html/.htm files, into the text a browser would show, read exactly as the
 * extension reads the page (scripts/html-text.ts: runs joined by line breaks, <br> a line break
 * inside one; names never match across blocks or form fields; hidden text is not shown).
 * One rule for candidates: a match prints one line per candidate programme and per candidate
 * partner, with the same offsets (RFIS: two programmes; 中瑞合作研究项目: two partners).
 *
 * A grant number (core/grant-numbers.ts) is a match too, marked `"kind": "grant-number"`, with
 * what its pattern says, always an inference:
 *   {"file":"cv.txt","id":"nsfc-intl","kind":"grant-number","start":40,"end":51,"text":"62061136006",
 *    "number":"62061136006","funder":"NSFC","form":"nsfc-11","year":2020,"inferred":true,
 *    "pattern":"nsfc-intl","label":{…},"rule":{…}}
 * `id` is the programme the mention shows: the words beside the number when they name one (then
 * `beside` says whether the number agrees), else the pattern's (`pattern`); null for a number
 * that is none of these programmes (an NSFC grant of another type, another special project).
 *
 * Exit codes: 0 all files read; 1 some file could not be read or is not UTF-8 (a message on
 * stderr names it; the other files are still processed); 2 bad usage or a broken catalogue.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CatalogueError, parseCatalogueJson, type Catalogue } from '../core/catalogue';
import { parsePartnerCatalogueJson, type PartnerCatalogue } from '../core/partners';
import { parseSourceRegistryJson } from '../core/sources';
import type { GrantNumberReading, Recognizer } from '../core/types';
import { CATALOGUE_FILE, PARTNERS_FILE, SOURCES_FILE } from './catalogue-file';
import { catalogueNames, explainGrantNumber, type EntryNames } from '../core/grant-number-texts';
import type { HtmlMention } from './html-text';

const USAGE =
  'usage: npm run recognize -- [--catalogue programs.json] [--partners partners.json | --no-partners] FILE... ("-" reads stdin)';

interface Options {
  catalogue: string;
  /** null: programme names only. */
  partners: string | null;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { catalogue: CATALOGUE_FILE, partners: PARTNERS_FILE, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--catalogue' || arg === '--partners') {
      const value = args[++i];
      if (!value) return `${arg} needs a file`;
      if (arg === '--catalogue') options.catalogue = value;
      else options.partners = value;
    } else if (arg === '--no-partners') {
      options.partners = null;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) return 'no input file';
  return options;
}

/** The text of one input, or why it cannot be read. */
function readText(file: string): { text: string } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { error: `cannot read ${file}: ${why}` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${file} is not valid UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)` };
  }
}

/** The mentions of one input, offsets into its text (for HTML: the text a browser shows). */
async function mentionsOf(file: string, text: string, recognizer: Recognizer): Promise<HtmlMention[]> {
  if (/\.html?$/i.test(file)) {
    // Loaded only for HTML: the parser (happy-dom) is most of this tool's start-up time.
    const { htmlMentions } = await import('./html-text');
    return htmlMentions(text, recognizer).mentions;
  }
  return recognizer.find(text).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/**
 * The output lines of one match: one per candidate programme (null for a partner named alone)
 * and per candidate partner (the field left out when it names none).
 */
function matchLines(file: string, mention: HtmlMention): string[] {
  const ids: Array<string | null> = mention.refs.length > 0 ? [...new Set(mention.refs.map((ref) => ref.entryId))] : [null];
  const partners: Array<string | undefined> = mention.partners?.length ? mention.partners.map((p) => p.partnerId) : [undefined];
  return ids.flatMap((id) =>
    partners.map((partner) =>
      JSON.stringify({ file, id, ...(partner !== undefined && { partner }), start: mention.start, end: mention.end, text: mention.text }),
    ),
  );
}

async function outputOf(file: string, text: string, recognizer: Recognizer, names: EntryNames): Promise<string> {
  let out = '';
  for (const mention of await mentionsOf(file, text, recognizer)) {
    if (mention.grant) out += numberLines(file, mention, mention.grant, names);
    else for (const line of matchLines(file, mention)) out += `${line}\n`;
  }
  return out;
}

/**
 * A grant number's lines: one per programme it shows (one with id null when it shows none),
 * with what its pattern says in words (label, rule; named by the catalogue read).
 */
function numberLines(file: string, mention: HtmlMention, grant: GrantNumberReading, names: EntryNames): string {
  const { number, funder, form, year, entryId, probably, also, subtask, beside } = grant;
  const { label, rule } = explainGrantNumber(grant, names);
  const ids = mention.refs.length > 0 ? [...new Set(mention.refs.map((ref) => ref.entryId))] : [null];
  return ids
    .map((id) => {
      const line = {
        file,
        id,
        kind: 'grant-number',
        start: mention.start,
        end: mention.end,
        text: mention.text,
        number,
        funder,
        form,
        year,
        inferred: true,
        pattern: entryId,
        ...(probably ? { probably } : {}),
        ...(also ? { also } : {}),
        ...(subtask ? { subtask } : {}),
        ...(beside ? { beside } : {}),
        label,
        rule,
      };
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}

/** The catalogue files the options name, validated: programmes, then partners against them and the source registry. */
function readCatalogues(options: Options): { programmes: Catalogue; partners?: PartnerCatalogue } {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const programmes = parseCatalogueJson(readFileSync(options.catalogue, 'utf8'), shown(options.catalogue));
  if (options.partners === null) return { programmes };
  const registryKeys = parseSourceRegistryJson(readFileSync(SOURCES_FILE, 'utf8'), shown(SOURCES_FILE)).keys;
  const partners = parsePartnerCatalogueJson(readFileSync(options.partners, 'utf8'), { programmes, registryKeys }, shown(options.partners));
  return { programmes, partners };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options === USAGE ? USAGE : `recognize: ${options}\n${USAGE}`);
    return 2;
  }

  let recognizer: Recognizer;
  let names: EntryNames;
  try {
    const { programmes, partners } = readCatalogues(options);
    names = catalogueNames(programmes);
    // Imported here so a missing generated table is reported, not thrown at load time.
    const { createRecognizer } = await import('../core/recognizer');
    recognizer = createRecognizer(programmes.entries, { partners });
  } catch (error) {
    if (error instanceof CatalogueError) console.error(`recognize: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`recognize: cannot read ${(error as NodeJS.ErrnoException).path ?? options.catalogue}: no such file`);
    }
    else if (String((error as Error).message).includes('generated')) {
      console.error('recognize: core/generated/ is missing; run `npm run generate` first');
    } else console.error(`recognize: cannot load the catalogue: ${(error as Error).message}`);
    return 2;
  }

  let failed = false;
  for (const file of options.files) {
    const read = readText(file);
    if ('error' in read) {
      console.error(`recognize: ${read.error}`);
      failed = true;
      continue;
    }
    process.stdout.write(await outputOf(file, read.text, recognizer, names));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
