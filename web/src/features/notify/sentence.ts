import type { TFunction } from 'i18next';
import type { Notification } from './api/notifications';

const SENTENCE = { MENTION: 'notify.mentioned', COMMENT: 'notify.commented', EDIT: 'notify.edited' } as const;

/** "张三", "张三 and 李四", "张三 and 2 others": the latest actor first, by the total the server counted. */
export function actorsText(notification: Pick<Notification, 'actors' | 'actorCount'>, t: TFunction): string {
  const [first, second] = notification.actors;
  if (!first) return t('notify.someone');
  if (notification.actorCount === 2 && second) return t('notify.actorsTwo', { first: first.name, second: second.name });
  if (notification.actorCount > 1) return t('notify.actorsMore', { name: first.name, count: notification.actorCount - 1, total: notification.actorCount });
  return first.name;
}

/** The i18n key of a notification's sentence; its values are `actors` and `title`. */
export function sentenceKey(notification: Pick<Notification, 'kind'>): string {
  return SENTENCE[notification.kind];
}

/** The sentence as plain text (a desktop notification's title). */
export function sentence(notification: Notification, t: TFunction): string {
  return t(sentenceKey(notification), { actors: actorsText(notification, t), title: notification.title }).replace(/<\/?\w+>/g, '');
}

/** Where opening it leads: the link, and the anchor to scroll to there. */
export function notificationTarget(notification: Pick<Notification, 'link' | 'anchor'>): string {
  return notification.anchor ? `${notification.link}#${notification.anchor}` : notification.link;
}
