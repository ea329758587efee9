import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Problem codes the server answers with; each must read well in both languages. */
const SERVER_CODES = [
  'org.department-root',
  'org.department-name-taken',
  'org.department-not-empty',
  'org.department-cycle',
  'org.email-taken',
  'org.employee-no-taken',
  'org.cannot-suspend-self',
  'org.group-name-taken',
  'org.import-invalid',
  'org.import-header',
  'org.import-too-large',
  'org.import-too-many-rows',
  'auth.bad-credentials',
  'auth.mfa-required',
  'auth.mfa-invalid',
  'auth.throttled',
  'auth.account-suspended',
  'auth.password-too-weak',
  'auth.password-unchanged',
  'auth.password-change-required',
  'auth.mfa-enrolment-required',
  'auth.mfa-required-by-policy',
  'auth.mfa-not-started',
  'auth.token-scope',
  'auth.token-invalid',
  'auth.csrf-invalid',
  'auth.required',
  'auth.session-required',
  'auth.reauthentication-required',
  'access.denied',
  'access.outranked',
  'access.last-system-admin',
  'access.grant-exists',
  'access.scope-required',
  'validation.failed',
  'request.malformed',
  'request.rejected',
  'request.rate-limited',
  'request.not-acceptable',
  'conflict.duplicate',
  'admin.page-invalid',
  'not-found',
  'internal',
  'chat.channel-archived',
  'chat.channel-not-found',
  'chat.direct-cannot-leave',
  'chat.direct-members-fixed',
  'chat.guest-not-allowed',
  'chat.kind-invalid',
  'chat.limit-invalid',
  'chat.message-deleted',
  'chat.message-empty',
  'chat.message-not-found',
  'chat.message-too-long',
  'chat.not-author',
  'chat.not-member',
  'chat.not-owner',
  'chat.person-not-found',
  'chat.reaction-invalid',
  'chat.department-managed',
  'chat.default-channel-invalid',
  'doc.space-not-found',
  'doc.page-not-found',
  'doc.read-only',
  'doc.page-move-cycle',
  'doc.restriction-excludes-you',
  'doc.space-needs-admin',
  'doc.too-many-tags',
  'doc.tag-too-long',
  'doc.copy-too-large',
  'doc.copy-restrictions-nested',
  'doc.not-space-admin',
  'doc.space-archived',
  'search.empty-query',
  'search.query-too-long',
  'search.unbalanced-quotes',
  'search.unknown-filter',
  'search.bad-date',
  'search.empty-date-range',
  'search.unknown-channel',
  'search.unknown-person',
  'notify.notification-not-found',
  'notify.cursor-invalid',
  'notify.limit-invalid',
  'notify.kind-unknown',
  'notify.dnd-time-invalid',
  'notify.dnd-zone-invalid',
  'notify.digest-not-found',
  'chat.ding-not-author',
  'chat.ding-not-recipient',
  'chat.ding-not-found',
  'chat.ding-empty',
  'chat.ding-self',
  'chat.ding-too-many',
  'chat.ding-not-member',
  'chat.ding-title-empty',
  'chat.ding-link-invalid',
];

describe('translation catalogues', () => {
  // Plural forms differ by language (English has _one and _other, Chinese only _other), so compare the stems.
  const stems = (tree: object) => [...new Set(keys(tree).map((key) => key.replace(/_(one|other)$/, '')))].sort();

  it('name the same keys in Chinese and English', () => {
    expect(stems(zhCN)).toEqual(stems(en));
  });

  it.each(SERVER_CODES)('translate the server code %s', (code) => {
    expect(keys(en)).toContain(`errors.${code}`);
    expect(keys(zhCN)).toContain(`errors.${code}`);
  });
});
