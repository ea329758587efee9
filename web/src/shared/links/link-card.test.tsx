import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import { type Card, LinkCard } from './link-card';

const i18n = i18next.createInstance();
const ID = '0195f3a2-8c1e-7b3d-9a41-1f2e3d4c5b6a';

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

const preview = (kind: string, title: string): Card => ({
  url: `https://atrium.example.com/${kind}s/${ID}`,
  kind,
  preview: { kind, id: ID, title, excerpt: 'the start of it', at: '2026-12-07T10:00:00Z', people: [] },
});

const render = (card: Card, lng = 'en') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LinkCard card={card} onOpen={() => undefined} />
    </I18nextProvider>,
  );
};

describe('a card for a link into Atrium', () => {
  it('shows an announcement with its title, its kind and its own icon', () => {
    const html = render(preview('announcement', '假期安排'));
    expect(html).toContain('假期安排');
    expect(html).toContain('Announcement · the start of it');
    expect(html).toContain('aria-label="notification"');
    expect(html).toContain(`href="/announcements/${ID}"`);
    expect(render(preview('announcement', '假期安排'), 'zh-CN')).toContain('公告 · the start of it');
  });

  it('shows a shared mail with its subject, its sender and its snippet, and the mail icon', () => {
    const card: Card = {
      url: `https://atrium.example.com/mail/messages/${ID}`,
      kind: 'mail',
      preview: {
        kind: 'mail',
        id: ID,
        title: '季度预算',
        containerName: '王芳 <wang.fang@atrium.example>',
        excerpt: '请在周五前确认预算',
        at: '2026-12-07T10:00:00Z',
        people: [],
      },
    };
    const html = render(card);
    expect(html).toContain('季度预算');
    expect(html).toContain('Mail · 王芳 &lt;wang.fang@atrium.example&gt; · 请在周五前确认预算');
    expect(html).toContain('aria-label="mail"');
    expect(html).toContain(`href="/mail/messages/${ID}"`);
    expect(render(card, 'zh-CN')).toContain('邮件 · 王芳');
  });

  it('shows a kind this client does not know with the neutral icon and no kind name', () => {
    const html = render(preview('survey', 'Canteen survey'));
    expect(html).toContain('Canteen survey');
    expect(html).toContain('aria-label="link"');
    expect(html).toContain('data-kind="survey"');
    expect(html).toContain('>the start of it<');
  });

  it('shows a person with their avatar and department', () => {
    const html = render({
      url: `https://atrium.example.com/directory/people/${ID}`,
      kind: 'person',
      person: { id: ID, name: '王芳', title: 'Engineer', departmentName: '研发部', avatarColor: '#1677ff' },
    });
    expect(html).toContain('王芳');
    expect(html).toContain('Person · Engineer · 研发部');
    expect(html).not.toContain('aria-label="link"');
  });

  it('shows a message with its author and channel', () => {
    const html = render({
      url: `https://atrium.example.com/messages/${ID}/4`,
      kind: 'message',
      channel: { id: ID, kind: 'PUBLIC', name: 'general' },
      message: {
        id: ID,
        seq: 4,
        authorId: ID,
        authorName: 'Li Lei',
        excerpt: '',
        createdAt: '2026-12-07T10:00:00Z',
        attachmentCount: 2,
      },
    });
    expect(html).toContain('Li Lei in general');
    expect(html).toContain('Message · 2 attachments');
    expect(html).toContain('aria-label="message"');
  });

  it('shows a task with its state, who holds it and when it is due, in the reader’s language', () => {
    const task = (state: string): Card => ({
      url: `https://atrium.example.com/tasks/${ID}`,
      kind: 'task',
      preview: {
        kind: 'task',
        id: ID,
        title: '提交报销单',
        excerpt: '',
        at: '2026-12-07T10:00:00Z',
        state,
        people: ['王芳', 'Li Lei'],
        due: '2026-12-11T15:59:59Z',
        containerName: 'Finance',
      },
    });
    const open = render(task('OPEN'));
    expect(open).toContain('data-state="OPEN"');
    expect(open).toContain('>Open<');
    expect(open).toContain('Task · 王芳, Li Lei · Due Dec 11, 2026 · Finance');
    expect(render(task('DONE'), 'zh-CN')).toContain('>已完成<');
  });

  it('shows a meeting with its time, place and how many accepted, a tag only when it is called off', () => {
    const meeting = (state: string): Card => ({
      url: `https://atrium.example.com/calendar/events/${ID}`,
      kind: 'event',
      preview: {
        kind: 'event',
        id: ID,
        title: '季度规划会',
        excerpt: 'Room 3',
        at: '2026-12-09T02:00:00Z',
        state,
        people: ['王芳', 'Li Lei'],
        due: '2026-12-09T03:00:00Z',
        containerName: 'Team',
      },
    });
    const confirmed = render(meeting('CONFIRMED'));
    expect(confirmed).toContain('data-kind="event"');
    expect(confirmed).not.toContain('data-state');
    expect(confirmed).toContain('Event · ');
    expect(confirmed).toContain('Dec 9');
    expect(confirmed).toContain('· Room 3 · 2 accepted · Team');
    expect(render(meeting('CANCELLED'), 'zh-CN')).toContain('>已取消<');
  });
});
