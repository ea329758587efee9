import { CalendarOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ScheduleRequest, scheduleMeetingPath } from '../links/schedule-meeting';

/**
 * Opens the calendar's editor for a new meeting with these people (or a conversation's members),
 * as a profile card and a conversation's header offer it. `compact` shows the icon alone.
 */
export function ScheduleMeetingButton({ request, compact = false }: { request: ScheduleRequest; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = t('calendar.scheduling.scheduleMeeting');
  return (
    <Button
      type={compact ? 'text' : 'default'}
      icon={<CalendarOutlined />}
      aria-label={compact ? label : undefined}
      title={compact ? label : undefined}
      onClick={() => void navigate(scheduleMeetingPath(request))}
      data-testid="schedule-meeting"
    >
      {compact ? undefined : label}
    </Button>
  );
}
