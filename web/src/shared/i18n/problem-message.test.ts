import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import en from './en.json';
import zhCN from './zh-CN.json';
import { formatWait } from './format';
import { fieldErrorMessage, problemMessage } from './problem-message';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

describe('problemMessage', () => {
  it('translates a known code', () => {
    expect(problemMessage(new ApiProblem({ status: 401, code: 'auth.bad-credentials' }), i18n.t)).toBe(
      'E-mail or password is wrong.',
    );
  });

  it('puts the retry wait of a throttled sign-in into the message', () => {
    const problem = new ApiProblem({ status: 429, code: 'auth.throttled', retryAfterSeconds: 150 });
    expect(problemMessage(problem, i18n.t)).toBe('Too many attempts. Try again in 2 min 30 s.');
  });

  it('names what a refused search query got wrong', () => {
    const filter = new ApiProblem({
      status: 400,
      code: 'search.unknown-filter',
      body: { code: 'search.unknown-filter', filter: 'color' },
    });
    expect(problemMessage(filter, i18n.t)).toContain('“color”');
    const date = new ApiProblem({
      status: 400,
      code: 'search.bad-date',
      body: { code: 'search.bad-date', value: '2026-13-01' },
    });
    expect(problemMessage(date, i18n.t)).toBe(
      '“2026-13-01” is not a date; write it as YYYY-MM-DD (or today, yesterday).',
    );
    const long = new ApiProblem({
      status: 400,
      code: 'search.query-too-long',
      body: { code: 'search.query-too-long', max: 500 },
    });
    expect(problemMessage(long, i18n.t)).toBe('The search is too long: at most 500 characters.');
  });

  it('falls back to the server detail for an unknown code', () => {
    expect(
      problemMessage(new ApiProblem({ status: 400, code: 'chat.something-new', detail: 'Server says no' }), i18n.t),
    ).toBe('Server says no');
  });

  it('falls back to a generic text when there is no detail either', () => {
    expect(problemMessage(new ApiProblem({ status: 500, code: 'chat.something-new' }), i18n.t)).toBe(en.errors.generic);
  });

  it('uses the field error message when its code is unknown', () => {
    expect(fieldErrorMessage({ field: 'email', code: 'Whatever', message: 'must be nice' }, i18n.t)).toBe(
      'must be nice',
    );
    expect(fieldErrorMessage({ field: 'email', code: 'org.email-taken', message: 'x' }, i18n.t)).toBe(
      en.errors.org['email-taken'],
    );
  });
});

describe('formatWait', () => {
  it('says seconds, minutes, or both', async () => {
    expect(formatWait(1, i18n.t)).toBe('1 second');
    expect(formatWait(45, i18n.t)).toBe('45 seconds');
    expect(formatWait(1800, i18n.t)).toBe('30 minutes');
    await i18n.changeLanguage('zh-CN');
    expect(formatWait(90, i18n.t)).toBe('1 分 30 秒');
    expect(formatWait(60, i18n.t)).toBe('1 分钟');
    await i18n.changeLanguage('en');
  });
});

describe('every English key has a Chinese translation', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
      : [prefix.replace(/_(one|other)$/, '')];

  it('has the same keys in both languages', () => {
    expect(new Set(keys(zhCN))).toEqual(new Set(keys(en)));
  });
});
