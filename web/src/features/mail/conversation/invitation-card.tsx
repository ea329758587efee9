import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { mailKeys } from '../api/mail-api';
import { api, body } from '../../../shared/api/client';
import type { MailMessage } from '../api/types';

type Answer = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

/**
 * The calendar invitation a mail came with (iMIP): accept, maybe or decline; accepting puts it in
 * the reader's calendar and the organiser gets the answer by mail. A cancellation offers removing it.
 */
export function InvitationCard({
  message,
  mailboxId,
  threadId,
}: {
  message: MailMessage;
  mailboxId: string;
  threadId: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const onProblem = useProblemHandler();
  const answer = useMutation({
    mutationFn: (value: Answer) =>
      body(
        api.POST('/api/v1/mail/messages/{id}/invitation', {
          params: { path: { id: message.id } },
          body: { answer: value },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailKeys.thread(mailboxId, threadId) }),
    onError: (error) => onProblem(error),
  });
  const invitation = message.invitation;
  if (!invitation) return null;
  const cancelled = invitation.method === 'CANCEL';
  const when = invitation.start ? formatDateTime(invitation.start, i18n.language) : '';
  const done = invitation.answer as Answer | undefined | null;
  const choices: Answer[] = cancelled ? ['DECLINED'] : ['ACCEPTED', 'TENTATIVE', 'DECLINED'];
  const label = (value: Answer) =>
    cancelled
      ? t('mail.invitation.remove')
      : t(
          value === 'ACCEPTED'
            ? 'mail.invitation.accept'
            : value === 'TENTATIVE'
              ? 'mail.invitation.tentative'
              : 'mail.invitation.decline',
        );
  return (
    <Alert
      type={cancelled ? 'warning' : 'info'}
      style={{ marginTop: 8 }}
      data-testid="mail-invitation"
      title={`${t(cancelled ? 'mail.invitation.cancelledTitle' : 'mail.invitation.title')}: ${invitation.summary}`}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">
            {when} · {t('mail.invitation.organizer', { organizer: invitation.organizer })}
          </Typography.Text>
          {done && (
            <Typography.Text data-testid="mail-invitation-answer">
              {cancelled ? t('mail.invitation.removed') : t(`mail.invitation.${done}`)}
            </Typography.Text>
          )}
          <Flex gap={8} wrap>
            {choices.map((value) => (
              <Button
                key={value}
                size="small"
                type={done === value ? 'primary' : 'default'}
                loading={answer.isPending && answer.variables === value}
                onClick={() => answer.mutate(value)}
              >
                {label(value)}
              </Button>
            ))}
          </Flex>
        </Flex>
      }
    />
  );
}
