import { CheckOutlined, CloseOutlined, QuestionOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import type { EventDetail } from '../api/types';
import { type Answered, useAnswer } from './invitations-api';
import { ProposeTimeButton } from './propose-time-dialog';

const CHOICES: { response: Answered; icon: ReactNode }[] = [
  { response: 'ACCEPTED', icon: <CheckOutlined /> },
  { response: 'TENTATIVE', icon: <QuestionOutlined /> },
  { response: 'DECLINED', icon: <CloseOutlined /> },
];

/**
 * An invitee's answer to an event: accept, tentative or decline, with an optional note for the
 * organiser; for a recurring event, for this occurrence or the whole series (as Outlook asks).
 * Also offers to propose another time.
 */
export function AnswerBar({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const answer = useAnswer(event.id);
  const handleProblem = useProblemHandler();
  const [note, setNote] = useState('');
  const [noting, setNoting] = useState(false);
  const [scope, setScope] = useState<'occurrence' | 'series'>('occurrence');
  if (!event.capabilities.answer) return null;
  const mine = event.myResponse;
  const send = (response: Answered) =>
    answer.mutate(
      {
        response,
        note: note.trim() || undefined,
        occurrence: event.recurring && scope === 'occurrence' ? (event.occurrence ?? undefined) : undefined,
      },
      { onSuccess: () => setNoting(false), onError: (error) => handleProblem(error) },
    );
  return (
    <Flex vertical gap={8} data-testid="answer-bar" data-response={mine}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t('calendar.invitations.going')}</Typography.Text>
        {event.recurring && event.occurrence && (
          <Segmented
            size="small"
            value={scope}
            onChange={setScope}
            options={[
              { value: 'occurrence', label: t('calendar.invitations.thisOccurrence') },
              { value: 'series', label: t('calendar.invitations.wholeSeries') },
            ]}
            data-testid="answer-scope"
          />
        )}
      </Flex>
      <Flex gap={8} wrap>
        {CHOICES.map(({ response, icon }) => (
          <Button
            key={response}
            icon={icon}
            type={mine === response ? 'primary' : 'default'}
            danger={response === 'DECLINED' && mine === response}
            aria-pressed={mine === response}
            loading={answer.isPending && answer.variables?.response === response}
            onClick={() => send(response)}
            style={{ flex: '1 0 auto' }}
            data-testid={`answer-${response.toLowerCase()}`}
          >
            {t(`calendar.invitations.response.${response}`)}
          </Button>
        ))}
      </Flex>
      {noting ? (
        <Input.TextArea
          autoFocus
          value={note}
          onChange={(change) => setNote(change.target.value)}
          maxLength={500}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('calendar.invitations.notePlaceholder')}
          data-testid="answer-note"
        />
      ) : null}
      <Flex gap={12} wrap>
        {!noting && (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setNoting(true)}>
            {t('calendar.invitations.addNote')}
          </Button>
        )}
        <ProposeTimeButton event={event} />
      </Flex>
    </Flex>
  );
}
