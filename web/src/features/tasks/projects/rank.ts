/** The digits of the server's rank keys (base 62), in the order collation "C" compares them. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MIDDLE = DIGITS[DIGITS.length >> 1];

/**
 * A key that sorts strictly between `low` and `high` (either may be absent: the start or the end of
 * the section), compared as the server compares ranks. Used only to place a card where it was dropped
 * until the server's `task.upserted` brings the rank it really chose.
 */
export function rankBetween(low: string | undefined, high: string | undefined): string {
  const a = low ?? '';
  if (high === undefined) return a + MIDDLE;
  let prefix = '';
  for (let i = 0; ; i++) {
    // only when `high` is `low` followed by zeros, where no key fits: after `low` is the best there is
    if (i >= high.length) return a + MIDDLE;
    const lowDigit = i < a.length ? DIGITS.indexOf(a[i]) : -1;
    const highDigit = DIGITS.indexOf(high[i]);
    if (highDigit - lowDigit > 1) return prefix + DIGITS[(lowDigit + highDigit + 1) >> 1];
    if (highDigit - lowDigit === 1 && lowDigit >= 0) return prefix + a[i] + a.slice(i + 1) + MIDDLE;
    prefix += high[i];
  }
}
