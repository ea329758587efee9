import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { MailMessage } from '../api/types';
import { InvitationCard } from './invitation-card';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

const invited = (invitation: Partial<NonNullable<MailMessage['invitation']>>) =>
  ({
    id: 'm1',
    invitation: {
      uid: 'u1',
      summary: 'Supplier review',
      start: '2031-03-04T06:00:00Z',
      end: '2031-03-04T07:00:00Z',
      organizer: 'organiser@outside.example',
      method: 'REQUEST',
      ...invitation,
    },
  }) as MailMessage;

function render(message: MailMessage, language = 'en') {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <App>
          <InvitationCard message={message} mailboxId="mb" threadId="t1" />
        </App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('InvitationCard', () => {
  it('offers accept, maybe and decline for an invitation, in either language', () => {
    const html = render(invited({}));
    expect(html).toContain('Supplier review');
    expect(html).toContain('Accept');
    expect(html).toContain('Maybe');
    expect(html).toContain('Decline');
    expect(render(invited({}), 'zh-CN')).toContain('会议邀请');
  });

  it('says what was answered, and offers only removal for a cancellation', () => {
    expect(render(invited({ answer: 'ACCEPTED' }))).toContain('You accepted.');
    const cancelled = render(invited({ method: 'CANCEL' }));
    expect(cancelled).toContain('Remove from my calendar');
    expect(cancelled).not.toContain('Maybe');
  });

  it('shows nothing for a mail without an invitation', () => {
    expect(render({ id: 'm2' } as MailMessage)).not.toContain('mail-invitation');
  });
});
