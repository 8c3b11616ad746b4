/**
 * Command-line recognizer: `npm run recognize -- [--catalogue FILE] FILE...` (`-` = stdin).
 *
 * Prints one JSON object per line per match, in file order:
 *   {"file":"notice.html","id":"nsfc-key","start":12,"end":26,"text":"重点国际（地区）合作研究项目"}
 * `start`/`end` are UTF-16 code units into the decoded text (a leading BOM removed); for
 * .html/.htm files, into the text a browser would show, read exactly as the extension reads
 * the page (scripts/html-text.ts: runs joined by line breaks; names never match across
 * blocks, <br> or form fields; hidden text is not shown). A form the catalogue marks ambiguous
 * (e.g. RFIS) prints one line per candidate id, with the same offsets.
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
import { CatalogueError, parseCatalogueJson } from '../core/catalogue';
import type { GrantNumberReading, Recognizer } from '../core/types';
import { CATALOGUE_FILE } from './catalogue-file';
import type { HtmlMention } from './html-text';

const USAGE = 'usage: npm run recognize -- [--catalogue programs.json] FILE... ("-" reads stdin)';

interface Options {
  catalogue: string;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { catalogue: CATALOGUE_FILE, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--catalogue') {
      const value = args[++i];
      if (!value) return '--catalogue needs a file';
      options.catalogue = value;
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

async function matchLines(file: string, text: string, recognizer: Recognizer): Promise<string> {
  let out = '';
  for (const mention of await mentionsOf(file, text, recognizer)) {
    if (mention.grant) {
      out += numberLines(file, mention, mention.grant);
      continue;
    }
    for (const ref of mention.refs) {
      const line = { file, id: ref.entryId, start: mention.start, end: mention.end, text: mention.text };
      out += `${JSON.stringify(line)}\n`;
    }
  }
  return out;
}

/** A grant number's lines: one per programme it shows (one with id null when it shows none). */
function numberLines(file: string, mention: HtmlMention, grant: GrantNumberReading): string {
  const { number, funder, form, year, entryId, probably, also, subtask, beside, label, rule } = grant;
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

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(options === USAGE ? USAGE : `recognize: ${options}\n${USAGE}`);
    return 2;
  }

  let recognizer: Recognizer;
  try {
    const shownName = relative(process.cwd(), options.catalogue) || options.catalogue;
    const catalogue = parseCatalogueJson(readFileSync(options.catalogue, 'utf8'), shownName);
    // Imported here so a missing generated table is reported, not thrown at load time.
    const { createRecognizer } = await import('../core/recognizer');
    recognizer = createRecognizer(catalogue.entries);
  } catch (error) {
    if (error instanceof CatalogueError) console.error(`recognize: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`recognize: cannot read ${options.catalogue}: no such file`);
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
    process.stdout.write(await matchLines(file, read.text, recognizer));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
