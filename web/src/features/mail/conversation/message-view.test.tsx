import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { MailMessage } from '../api/types';
import { MessageView } from './message-view';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

const message = (change: Partial<MailMessage>): MailMessage => ({
  id: 'm1',
  folderId: 'f1',
  from: { address: 'ceo@example.com', name: 'The CEO' },
  to: [{ address: 'me@example.com' }],
  cc: [],
  subject: 'Urgent',
  sentAt: '2026-12-07T09:00:00Z',
  text: 'Please buy gift cards.',
  remoteImages: false,
  remoteImagesAllowed: false,
  attachments: [],
  seen: false,
  starred: false,
  labelIds: [],
  outgoing: false,
  threadId: 't1',
  bcc: [],
  replyTo: [],
  external: false,
  spoofedInternal: false,
  ...change,
});

function render(value: MailMessage, language = 'en') {
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <App>
          <MessageView message={value} mailboxId="mb" threadId="t1" />
        </App>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('MessageView', () => {
  it('warns when mail from outside claims an inside sender, in either language', () => {
    const spoofed = message({ external: true, spoofedInternal: true });
    expect(render(spoofed)).toContain('Claims to be internal');
    expect(render(spoofed)).not.toContain('data-testid="mail-external"');
    expect(render(spoofed, 'zh-CN')).toContain('冒充内部发件人');
    expect(render(message({ external: true }))).toContain('data-testid="mail-external"');
    expect(render(message({}))).not.toContain('data-testid="mail-external"');
  });

  it('offers the original when the mail could not be read whole', () => {
    const html = render(message({ parseProblem: 'malformed multipart' }));
    expect(html).toContain('malformed multipart');
    expect(html).toContain('href="/api/v1/mail/messages/m1/raw"');
  });

  it('holds remote images back until asked, and shows HTML only in a sandbox that runs no script', () => {
    const held = render(message({ html: '<p>Hi<img src="https://t.example/p.gif"></p>', remoteImages: true }));
    expect(held).toContain('Remote images are blocked');
    expect(held).toMatch(/sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"/);
    expect(held).not.toContain('allow-scripts');
    expect(render(message({ html: '<p>Hi</p>', remoteImages: true, remoteImagesAllowed: true }))).not.toContain(
      'Remote images are blocked',
    );
  });

  it('links each message to chat and tasks from its own toolbar', () => {
    const html = render(message({}));
    expect(html).toContain('data-testid="mail-message-toolbar"');
    expect(html).toContain('aria-label="Share to chat"');
    expect(html).toContain('aria-label="Make a task"');
  });
});
