import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, Trans } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json';
import zhCN from '../../shared/i18n/zh-CN.json';
import type { Notification } from './api/notifications';
import { relativeTime } from './relative-time';
import { actorsText, detailText, notificationTarget, sentence, sentenceParts } from './sentence';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

const zhang = { id: 'a', name: '张三', avatarColor: '#1677ff' };
const li = { id: 'b', name: '李四', avatarColor: '#52c41a' };

function doc(sentence: string, title = '周报') {
  return { key: `docs.notices.${sentence}`, params: { title } };
}

function notification(overrides: Partial<Notification>): Notification {
  return {
    id: 'n',
    module: 'doc',
    kind: 'doc.mention',
    actors: [zhang],
    actorCount: 1,
    title: doc('mentioned'),
    link: '/docs/spaces/s/pages/p',
    createdAt: '2026-11-25T08:00:00Z',
    updatedAt: '2026-11-25T08:00:00Z',
    ...overrides,
  };
}

describe('a notification read as a sentence', () => {
  it('names who did what where, in either language', () => {
    const t = i18n.getFixedT('en');
    expect(sentence(notification({}), t)).toBe('张三 mentioned you in «周报»');
    expect(sentence(notification({ kind: 'doc.comment', title: doc('commented') }), t)).toBe(
      '张三 commented on «周报»',
    );
    expect(
      sentence(notification({ kind: 'doc.edit', title: doc('edited'), actors: [li, zhang], actorCount: 3 }), t),
    ).toBe('«周报» was edited by 李四 and 2 others');
    const zh = i18n.getFixedT('zh-CN');
    expect(
      sentence(notification({ kind: 'doc.edit', title: doc('edited'), actors: [li, zhang], actorCount: 3 }), zh),
    ).toBe('《周报》已由 李四等 3 人 编辑');
    expect(sentence(notification({}), zh)).toBe('张三 在《周报》中提到了你');
  });

  it('reads chat notices in either language, with what was written as it was written', () => {
    const mention = notification({
      module: 'chat',
      kind: 'chat.mention',
      title: { key: 'chat.notices.mentioned', params: { channel: '产品' } },
      text: { key: 'notify.verbatim', params: { text: '@李四 看一下 {{x}}' } },
      link: '/messages/c/12',
    });
    expect(sentence(mention, i18n.getFixedT('en'))).toBe('张三 mentioned you in #产品');
    expect(sentence(mention, i18n.getFixedT('zh-CN'))).toBe('张三 在#产品中提到了你');
    expect(detailText(mention, i18n.getFixedT('en'))).toBe('@李四 看一下 {{x}}');
    const direct = notification({
      module: 'chat',
      kind: 'chat.direct',
      title: { key: 'chat.notices.direct', params: {} },
    });
    expect(sentence(direct, i18n.getFixedT('en'))).toBe('张三 sent you a message');
    expect(sentence(direct, i18n.getFixedT('zh-CN'))).toBe('张三 给你发了消息');
  });

  it('counts the actors the server counted, naming the latest', () => {
    const t = i18n.getFixedT('en');
    expect(actorsText({ actors: [li, zhang], actorCount: 2 }, t)).toBe('李四 and 张三');
    expect(actorsText({ actors: [li], actorCount: 2 }, t)).toBe('李四 and 1 other');
    expect(actorsText({ actors: [], actorCount: 1 }, t)).toBe('Someone');
  });

  it('shows markup in a title as the text it is', () => {
    const n = notification({ title: doc('mentioned', '<img src=x onerror="alert(1)"> & <b>plan</b>') });
    const { key, values } = sentenceParts(n, i18n.getFixedT('en'));
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Trans i18nKey={key} values={values} components={{ actor: <strong />, subject: <strong /> }} />
      </I18nextProvider>,
    );
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('<strong>张三</strong>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;plan&lt;/b&gt;');
  });

  it('opens the link, at the anchor when there is one', () => {
    expect(notificationTarget({ link: '/docs/spaces/s/pages/p', anchor: 'comment-c' })).toBe(
      '/docs/spaces/s/pages/p#comment-c',
    );
    expect(notificationTarget({ link: '/docs/spaces/s/pages/p' })).toBe('/docs/spaces/s/pages/p');
  });
});

describe('relative time', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it('says how long ago, then the date after a week', () => {
    expect(relativeTime('2026-11-25T11:59:30Z', 'en', now)).toBe('now');
    expect(relativeTime('2026-11-25T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-25T09:00:00Z', 'zh-CN', now)).toBe('3小时前');
    expect(relativeTime('2026-11-24T11:00:00Z', 'en', now)).toBe('yesterday');
    expect(relativeTime('2026-11-01T11:00:00Z', 'en', now)).toMatch(/Nov 1, 2026/);
  });
});
