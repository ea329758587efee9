/**
 * The typed filters of a search query (`in:#channel`, `from:@person`, `has:file`, `after:2026-01-31`, `kind:file`),
 * read and written as text so that a filter can be typed or clicked and both end up in the same query. The server
 * reads them the same way: tokens split at white space outside double quotes, `in:` and `from:` repeatable.
 */

export const FILTER_NAMES = ['in', 'from', 'has', 'before', 'after', 'on', 'kind', 'type'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface Filter {
  name: FilterName;
  /** Without its sigil (`#`, `@`) or quotes. */
  value: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const SIGILS: Partial<Record<FilterName, string>> = { in: '#', from: '@' };
/** Dates: a second one of a name would only narrow the first, so writing one replaces the old. */
const SINGLE: ReadonlySet<FilterName> = new Set(['before', 'after', 'on']);

/** Splits a query at whitespace outside double quotes, keeping each token's place. */
function tokens(query: string): Token[] {
  const found: Token[] = [];
  let start = -1;
  let quoted = false;
  for (let i = 0; i <= query.length; i++) {
    const char = query[i];
    const blank = char === undefined || (!quoted && /\s/.test(char));
    if (blank) {
      if (start >= 0) found.push({ text: query.slice(start, i), start, end: i });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (char === '"') quoted = !quoted;
  }
  return found;
}

function asFilter(token: string): Filter | undefined {
  const match = /^([a-z]+):(.*)$/.exec(token);
  if (!match || !(FILTER_NAMES as readonly string[]).includes(match[1])) return undefined;
  const name = match[1] as FilterName;
  let value = match[2];
  const sigil = SIGILS[name];
  if (sigil && value.startsWith(sigil)) value = value.slice(1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { name, value };
}

/** The filters a query holds, in the order typed. */
export function filtersOf(query: string): Filter[] {
  return tokens(query).flatMap((token) => asFilter(token.text) ?? []);
}

/** The words of a query without its filters. */
export function wordsOf(query: string): string {
  return tokens(query)
    .filter((token) => !asFilter(token.text))
    .map((token) => token.text)
    .join(' ');
}

/** One filter as it is typed; a value with spaces is quoted so it stays one token. */
export function formatFilter({ name, value }: Filter): string {
  const shown = /[\s"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value;
  return `${name}:${SIGILS[name] ?? ''}${shown}`;
}

function same(a: Filter, b: Filter): boolean {
  return a.name === b.name && a.value.toLowerCase() === b.value.toLowerCase();
}

/** The query without the given filter (or, without a value, without every filter of that name). */
export function withoutFilter(query: string, name: FilterName, value?: string): string {
  return tokens(query)
    .filter((token) => {
      const filter = asFilter(token.text);
      return !filter || filter.name !== name || (value !== undefined && !same(filter, { name, value }));
    })
    .map((token) => token.text)
    .join(' ');
}

/** The query with the filter added at its end, replacing an earlier date of the same name. */
export function withFilter(query: string, filter: Filter): string {
  const rest = SINGLE.has(filter.name)
    ? withoutFilter(query, filter.name)
    : withoutFilter(query, filter.name, filter.value);
  return [rest, formatFilter(filter)].filter(Boolean).join(' ');
}

export function hasFilter(query: string, filter: Filter): boolean {
  return filtersOf(query).some((candidate) => same(candidate, filter));
}

/** A channel or person name being typed after `in:#` or `from:@`, where a suggestion can complete it. */
export interface Completion {
  kind: 'channel' | 'person';
  /** What has been typed of the name so far. */
  prefix: string;
  start: number;
  end: number;
}

/** The filter being typed at the caret, if it is one that names a channel or a person. */
export function completionAt(query: string, caret: number): Completion | undefined {
  const token = tokens(query).find((candidate) => candidate.start < caret && caret <= candidate.end);
  if (!token) return undefined;
  const match = /^(in:#|from:@)"?([^"]*)"?$/.exec(token.text);
  if (!match) return undefined;
  return { kind: match[1] === 'in:#' ? 'channel' : 'person', prefix: match[2], start: token.start, end: token.end };
}

/** The query with the name being typed replaced by the chosen one, followed by a space to type on. */
export function complete(query: string, completion: Completion, name: string): { query: string; caret: number } {
  const filter = formatFilter({ name: completion.kind === 'channel' ? 'in' : 'from', value: name });
  const after = query.slice(completion.end).replace(/^\s*/, ' ');
  const next = query.slice(0, completion.start) + filter + after;
  return { query: next, caret: completion.start + filter.length + 1 };
}
