/**
 * Turning valibot issues into the catalogue's one-line problems, shared by every data file
 * (data/programs.json, data/partners.json, data/sources.json), so they all read
 * `<file>: <record id>.<field path>: <what is wrong>`.
 *
 * Pure: no DOM, no browser API.
 */
import type * as v from 'valibot';

/** Thrown when a data file is broken; `problems` holds one line per problem. */
export class CatalogueError extends Error {
  readonly problems: readonly string[];

  constructor(fileName: string, problems: readonly string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${fileName}: ${count} in the catalogue:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

type Issue = v.BaseIssue<unknown>;

/** The record lists of a file and the field that names each record in messages. */
export type RecordLists = Readonly<
  Record<string, { idField: string; idPattern: RegExp; input: unknown; /** Written before the id, e.g. "countries." */ prefix?: string }>
>;

/**
 * `nsfc-key.summary.en`, or `entries[3].id` when the record has no usable id. `lists` maps
 * each top-level array (e.g. `entries`) to the field naming its records (e.g. `id`).
 */
export function issuePath(issue: Issue, lists: RecordLists): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  if (keys.length === 0) return '(file)';
  const parts: string[] = [];
  let i = 0;
  const list = typeof keys[0] === 'string' ? lists[keys[0]] : undefined;
  if (list && typeof keys[1] === 'number' && Array.isArray(list.input)) {
    const raw = list.input[keys[1]] as Record<string, unknown> | undefined;
    const id = raw && typeof raw === 'object' ? raw[list.idField] : undefined;
    parts.push(typeof id === 'string' && list.idPattern.test(id) ? `${list.prefix ?? ''}${id}` : `${keys[0]}[${keys[1]}]`);
    i = 2;
  }
  for (; i < keys.length; i++) {
    const key = keys[i]!;
    if (typeof key === 'number') parts.push(`[${key}]`);
    else parts.push(parts.length === 0 ? key : `.${key}`);
  }
  return parts.join('').replace(/^\./, '');
}

export function issueMessage(issue: Issue): string {
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return 'unknown field';
    if (issue.received === 'undefined') return 'required';
  }
  if (issue.type === 'object' && issue.received === 'undefined') return 'required';
  // Our own messages (the schemas) read well as they are; valibot's defaults start with "Invalid".
  if (issue.kind === 'validation' && !issue.message.startsWith('Invalid')) return issue.message;
  return `expected ${issue.expected}, got ${issue.received}`;
}

/** Every schema issue as `<file>: <path>: <message>`. */
export function issueLines(fileName: string, issues: readonly Issue[], lists: RecordLists): string[] {
  return issues.map((issue) => `${fileName}: ${issuePath(issue, lists)}: ${issueMessage(issue)}`);
}

/** Parses JSON text; bad JSON is reported like any other problem. */
export function parseJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CatalogueError(fileName, [`${fileName}: not valid JSON: ${reason}`]);
  }
}

/** The describing word for a value that should have been an object: "an array", "null", "string". */
export function describeNonObject(input: unknown): string | undefined {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return undefined;
  return input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
}
