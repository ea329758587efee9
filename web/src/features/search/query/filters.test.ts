import { describe, expect, it } from 'vitest';
import {
  complete,
  completionAt,
  filtersOf,
  formatFilter,
  hasFilter,
  withFilter,
  withoutFilter,
  wordsOf,
} from './filters';

describe('search filters', () => {
  it('reads the filters and the words of a query', () => {
    const query = '项目进度 in:#研发 from:@"王芳 a1b2" has:file after:2026-01-01 "exact phrase"';
    expect(filtersOf(query)).toEqual([
      { name: 'in', value: '研发' },
      { name: 'from', value: '王芳 a1b2' },
      { name: 'has', value: 'file' },
      { name: 'after', value: '2026-01-01' },
    ]);
    expect(wordsOf(query)).toBe('项目进度 "exact phrase"');
  });

  it('leaves words that only look like filters alone', () => {
    expect(filtersOf('http://example.com ratio:3 "in:#x y"')).toEqual([]);
  });

  it('quotes a value with spaces so it stays one token', () => {
    expect(formatFilter({ name: 'in', value: '午餐 abc' })).toBe('in:#"午餐 abc"');
    expect(formatFilter({ name: 'from', value: 'ben' })).toBe('from:@ben');
    expect(formatFilter({ name: 'on', value: '2026-03-04' })).toBe('on:2026-03-04');
  });

  it('replaces a date and adds to a repeatable filter', () => {
    expect(withFilter('budget after:2026-01-01', { name: 'after', value: '2026-02-01' })).toBe(
      'budget after:2026-02-01',
    );
    expect(withFilter('budget in:#a', { name: 'in', value: 'b' })).toBe('budget in:#a in:#b');
    expect(withFilter('budget has:file', { name: 'has', value: 'link' })).toBe('budget has:file has:link');
    expect(withFilter('budget has:file', { name: 'has', value: 'file' })).toBe('budget has:file');
    expect(withFilter('', { name: 'kind', value: 'file' })).toBe('kind:file');
  });

  it('removes one filter or every filter of a name', () => {
    expect(withoutFilter('a has:file b has:link', 'has', 'file')).toBe('a b has:link');
    expect(withoutFilter('a has:file b has:link', 'has')).toBe('a b');
    expect(withoutFilter('a from:@"王芳 x"', 'from', '王芳 x')).toBe('a');
  });

  it('knows whether a query holds a filter, ignoring case', () => {
    expect(hasFilter('x HAS:file', { name: 'has', value: 'file' })).toBe(false);
    expect(hasFilter('x has:FILE', { name: 'has', value: 'file' })).toBe(true);
  });

  it('finds the channel or person name being typed at the caret', () => {
    expect(completionAt('budget in:#研', 12)).toEqual({ kind: 'channel', prefix: '研', start: 7, end: 12 });
    expect(completionAt('from:@ be', 6)).toEqual({ kind: 'person', prefix: '', start: 0, end: 6 });
    expect(completionAt('from:@ben budget', 16)).toBeUndefined();
    expect(completionAt('has:f', 5)).toBeUndefined();
  });

  it('completes the name and leaves the caret after a space', () => {
    const query = 'budget in:#研 q3';
    const completion = completionAt(query, 12);
    expect(completion && complete(query, completion, '研发 部')).toEqual({
      query: 'budget in:#"研发 部" q3',
      caret: 18,
    });
    const end = completionAt('from:@w', 7);
    expect(end && complete('from:@w', end, 'wang')).toEqual({ query: 'from:@wang ', caret: 11 });
  });
});
