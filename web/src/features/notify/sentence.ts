import type { TFunction } from 'i18next';
import type { Notification } from './api/notifications';

/** "张三", "张三 and 李四", "张三 and 2 others": the latest actor first, by the total the server counted. */
export function actorsText(notification: Pick<Notification, 'actors' | 'actorCount'>, t: TFunction): string {
  const [first, second] = notification.actors;
  if (!first) return t('notify.someone');
  if (notification.actorCount === 2 && second) return t('notify.actorsTwo', { first: first.name, second: second.name });
  if (notification.actorCount > 1)
    return t('notify.actorsMore', {
      name: first.name,
      count: notification.actorCount - 1,
      total: notification.actorCount,
    });
  return first.name;
}

/**
 * The sentence's message key and values: the publishing module's key (docs/notify.md), its values,
 * and `actors` named in this language. Its markup is `<actor>` and `<subject>`.
 */
export function sentenceParts(notification: Pick<Notification, 'title' | 'actors' | 'actorCount'>, t: TFunction) {
  return { key: notification.title.key, values: { ...notification.title.params, actors: actorsText(notification, t) } };
}

/** The sentence as plain text (a desktop notification's title). */
export function sentence(notification: Notification, t: TFunction): string {
  const { key, values } = sentenceParts(notification, t);
  return t(key, values).replace(/<\/?\w+>/g, '');
}

/** The second line, if any: people's own words as they wrote them, or a message of the module. */
export function detailText(notification: Pick<Notification, 'text'>, t: TFunction): string | undefined {
  return notification.text ? t(notification.text.key, notification.text.params) : undefined;
}

/** Where opening it leads: the link, and the anchor to scroll to there. */
export function notificationTarget(notification: Pick<Notification, 'link' | 'anchor'>): string {
  return notification.anchor ? `${notification.link}#${notification.anchor}` : notification.link;
}
