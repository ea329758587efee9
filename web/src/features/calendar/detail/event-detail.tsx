import {
  CalendarOutlined,
  CloseOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  LockOutlined,
  SyncOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { App, Button, Drawer, Flex, Tag, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCancelEvent, useEvent } from '../api/calendar-api';
import type { CalendarInfo, EditScope, EventDetail, Response } from '../api/types';
import { DescriptionEditor } from '../editor/description-editor';
import { AnswerBar, Proposals } from '../invitations';
import { reminderLabel } from '../editor/event-editor';
import { useScopeDialog } from '../editor/scope-dialog';
import { EventPageCard } from './event-page-card';
import { whenText } from './when-text';

const RESPONSE_COLORS: Record<Response, string> = {
  ACCEPTED: 'success',
  TENTATIVE: 'warning',
  DECLINED: 'error',
  NEEDS_ACTION: 'default',
};

/** The event opened from a view or a link: what, when, where, who answered what; edit and cancel for who may. */
export function EventDetailDrawer({
  eventId,
  occurrence,
  calendars,
  onEdit,
  onClose,
}: {
  eventId: string;
  occurrence?: string | null;
  calendars: CalendarInfo[];
  onEdit: (detail: EventDetail) => void;
  onClose: () => void;
}) {
  const isPhone = useIsPhone();
  const event = useEvent(eventId, occurrence);
  return (
    <Drawer
      open
      onClose={onClose}
      width={isPhone ? '100%' : 480}
      title={null}
      styles={{ header: { display: 'none' } }}
      data-testid="event-detail"
    >
      {event.isPending && <Loading />}
      {event.isError && <LoadFailed error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && (
        <Detail
          detail={event.data}
          calendar={calendars.find((each) => each.id === event.data.calendarId)}
          onEdit={onEdit}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Flex gap={12} align="flex-start">
      <span style={{ color: token.colorTextSecondary, lineHeight: '22px', flex: 'none' }}>{icon}</span>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Flex>
  );
}

function Detail({
  detail,
  calendar,
  onEdit,
  onClose,
}: {
  detail: EventDetail;
  calendar?: CalendarInfo;
  onEdit: (detail: EventDetail) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const { modal } = App.useApp();
  const onProblem = useProblemHandler();
  const cancel = useCancelEvent();
  const scope = useScopeDialog('cancel');
  const counts = detail.attendees.reduce<Record<string, number>>(
    (sum, attendee) => ({ ...sum, [attendee.response]: (sum[attendee.response] ?? 0) + 1 }),
    {},
  );

  const cancelEvent = async () => {
    const chosen = detail.recurring
      ? await scope.ask()
      : await new Promise<EditScope | undefined>((resolve) =>
          modal.confirm({
            title: t('calendar.detail.cancelConfirm'),
            okText: t('calendar.detail.cancel'),
            okButtonProps: { danger: true },
            cancelText: t('common.back'),
            onOk: () => resolve('ALL'),
            onCancel: () => resolve(undefined),
          }),
        );
    if (!chosen) return;
    cancel.mutate(
      { id: detail.id, scope: chosen, occurrence: detail.occurrence },
      { onSuccess: onClose, onError: (error) => onProblem(error) },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="event-detail-title">
          {detail.private && <LockOutlined style={{ marginInlineEnd: 6 }} />}
          {detail.busyOnly ? t('calendar.busy') : detail.title}
        </Typography.Title>
        <Button
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('calendar.detail.close')}
          onClick={onClose}
          data-testid="event-detail-close"
        />
      </Flex>
      <AnswerBar event={detail} />
      <Line icon={<ClockCircleOutlined />}>
        <span data-testid="event-detail-when">{whenText(detail, i18n.language, t('calendar.allDay'))}</span>
        {detail.recurring && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            <SyncOutlined style={{ marginInlineEnd: 4 }} />
            {t('calendar.detail.recurring')}
          </Typography.Text>
        )}
      </Line>
      {(detail.location || detail.roomName) && (
        <Line icon={<EnvironmentOutlined />}>{[detail.roomName, detail.location].filter(Boolean).join(' · ')}</Line>
      )}
      {calendar && (
        <Line icon={<CalendarOutlined />}>
          <Flex gap={6} align="center" data-testid="event-detail-calendar">
            <span style={{ width: 10, height: 10, borderRadius: 5, background: calendar.color }} />
            {calendar.name}
          </Flex>
        </Line>
      )}
      <Line icon={<TeamOutlined />}>
        <Typography.Text type="secondary" data-testid="event-detail-answers">
          {(['ACCEPTED', 'TENTATIVE', 'DECLINED', 'NEEDS_ACTION'] as Response[])
            .filter((response) => counts[response])
            .map((response) => t(`calendar.response.count.${response}`, { count: counts[response] }))
            .join(t('calendar.detail.separator'))}
        </Typography.Text>
        <Flex vertical gap={6} style={{ marginTop: 6 }}>
          {detail.attendees.map((attendee) => (
            <Flex
              key={attendee.person.id}
              gap={8}
              align="center"
              data-testid="event-detail-attendee"
              data-response={attendee.response}
              data-for-occurrence={attendee.forOccurrence || undefined}
            >
              <PersonAvatar name={attendee.person.name} color={token.colorPrimary} size={24} />
              <Typography.Text ellipsis style={{ flex: 1 }}>
                {attendee.person.name}
                {attendee.person.id === detail.organizer.id && (
                  <Typography.Text type="secondary"> · {t('calendar.detail.organizer')}</Typography.Text>
                )}
              </Typography.Text>
              <Tag color={RESPONSE_COLORS[attendee.response]} style={{ marginInlineEnd: 0 }}>
                {t(`calendar.response.${attendee.response}`)}
                {attendee.forOccurrence && ` · ${t('calendar.detail.forOccurrence')}`}
              </Tag>
            </Flex>
          ))}
          {detail.attendees
            .filter((attendee) => attendee.note)
            .map((attendee) => (
              <Typography.Text key={`note-${attendee.person.id}`} type="secondary" style={{ fontSize: 13 }}>
                {attendee.person.name}: {attendee.note}
              </Typography.Text>
            ))}
        </Flex>
      </Line>
      <Proposals event={detail} />
      {detail.reminders.length > 0 && (
        <Typography.Text type="secondary">
          {t('calendar.detail.reminders', {
            list: detail.reminders.map((minutes) => reminderLabel(minutes, t)).join(t('calendar.detail.separator')),
          })}
        </Typography.Text>
      )}
      {detail.docPageId && <EventPageCard pageId={detail.docPageId} />}
      {detail.description && <DescriptionEditor value={detail.description} editable={false} />}
      {(detail.capabilities.edit || detail.capabilities.cancel) && (
        <Flex gap={8} wrap>
          {detail.capabilities.edit && (
            <Button type="primary" onClick={() => onEdit(detail)} data-testid="event-edit">
              {t('common.edit')}
            </Button>
          )}
          {detail.capabilities.cancel && (
            <Button danger onClick={() => void cancelEvent()} loading={cancel.isPending} data-testid="event-cancel">
              {t('calendar.detail.cancel')}
            </Button>
          )}
        </Flex>
      )}
      {scope.dialog}
    </Flex>
  );
}
