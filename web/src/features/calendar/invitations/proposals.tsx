import { App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../scheduling/time-grid';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { EventDetail } from '../api/types';
import { useMoveEvent } from './move-event';

/** The new times attendees proposed; the organiser takes one by moving the event there. */
export function Proposals({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { move, movingTo } = useMoveEvent(event);
  const handleProblem = useProblemHandler();
  const proposals = event.proposals ?? [];
  if (proposals.length === 0) return null;
  return (
    <Flex vertical gap={6} data-testid="proposals">
      <Typography.Text strong>{t('calendar.invitations.proposals')}</Typography.Text>
      {proposals.map((proposal) => (
        <Flex key={proposal.id} gap={8} align="center" wrap data-testid="proposal">
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text>
              {t('calendar.invitations.proposedBy', {
                name: proposal.person.name,
                time: formatRange(proposal.start, proposal.end, i18n.language),
              })}
            </Typography.Text>
            {proposal.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                “{proposal.note}”
              </Typography.Text>
            )}
          </Flex>
          {event.capabilities.edit && (
            <Button
              size="small"
              loading={movingTo === proposal.start}
              onClick={() =>
                move(
                  { start: proposal.start, end: proposal.end, occurrence: proposal.occurrence },
                  {
                    onSuccess: () => void message.success(t('calendar.invitations.moved')),
                    onError: (error) => handleProblem(error),
                  },
                )
              }
              data-testid="proposal-accept"
            >
              {t('calendar.invitations.takeProposal')}
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
