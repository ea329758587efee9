import { Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useReact } from '../api/comments';
import type { Announcement } from '../api/types';

/** The few reactions offered beside those already given: an acknowledgement, not a conversation. */
export const QUICK_REACTIONS = ['👍', '👏', '🎉', '❤️', '🙏', '✅'];

/** Everyone's reactions with their counts, mine highlighted; a click adds mine or takes it back. */
export function ReactionsBar({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const react = useReact(announcement.id);
  const onProblem = useProblemHandler();
  const given = new Map(announcement.reactions.map((reaction) => [reaction.emoji, reaction]));
  const emojis = [...given.keys(), ...QUICK_REACTIONS.filter((emoji) => !given.has(emoji))];
  const canReact = announcement.capabilities.react;
  return (
    <Flex wrap gap={6} data-testid="announcement-reactions" role="group" aria-label={t('announce.reactions')}>
      {emojis.map((emoji) => {
        const reaction = given.get(emoji);
        const mine = reaction?.mine ?? false;
        return (
          <Tooltip key={emoji} title={mine ? t('announce.unreact') : t('announce.react')}>
            <Button
              size="small"
              shape="round"
              type={mine ? 'primary' : 'default'}
              ghost={mine}
              disabled={!canReact || react.isPending}
              aria-pressed={mine}
              onClick={() => react.mutate({ emoji, on: !mine }, { onError: (error) => onProblem(error) })}
              data-testid="announcement-reaction"
              data-emoji={emoji}
            >
              {emoji}
              {reaction && reaction.count > 0 ? ` ${reaction.count}` : ''}
            </Button>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
