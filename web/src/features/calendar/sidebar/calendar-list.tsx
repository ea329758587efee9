import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { personCalendar, useSubscribe, useUnsubscribe } from '../api/calendar-api';
import type { CalendarInfo } from '../api/types';

/** The colours a calendar may take, Feishu's palette: told apart at a glance and on a tint. */
export const COLORS = ['#3370ff', '#34c724', '#ff8800', '#f54a45', '#7f3bf5', '#14c0ff', '#eb3f8f', '#8f959e'];

/** Mine: my own calendars; shared: those shared with me I do not overlay by choice; then the ones I added. */
export function groupCalendars(calendars: CalendarInfo[]) {
  return {
    mine: calendars.filter((calendar) => calendar.mine),
    shared: calendars.filter((calendar) => !calendar.mine && !calendar.subscribed),
    subscribed: calendars.filter((calendar) => !calendar.mine && calendar.subscribed),
  };
}

/**
 * The calendars beside the views: a checkbox overlays each, its dot sets its colour, a colleague's
 * calendar is added by picking the person, and one added so is taken off again with its cross.
 */
export function CalendarList({ calendars }: { calendars: CalendarInfo[] }) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const subscribe = useSubscribe();
  const unsubscribe = useUnsubscribe();
  const [round, setRound] = useState(0);
  const groups = groupCalendars(calendars);
  const change = (calendar: CalendarInfo, change: Partial<Pick<CalendarInfo, 'color' | 'visible'>>) =>
    subscribe.mutate(
      { id: calendar.id, color: calendar.color, visible: calendar.visible, ...change },
      { onError: (error) => onProblem(error) },
    );
  const addColleague = async (personId: string) => {
    try {
      const calendar = await personCalendar(personId);
      const color = COLORS[(calendars.length + 1) % COLORS.length];
      await subscribe.mutateAsync({ id: calendar.id, color, visible: true });
    } catch (error) {
      onProblem(error);
    }
  };
  const section = (key: 'mine' | 'shared' | 'subscribed', list: CalendarInfo[]) =>
    list.length > 0 && (
      <Flex vertical key={key} data-testid={`calendars-${key}`}>
        <Typography.Text type="secondary" style={{ fontSize: 12, padding: '8px 4px 2px' }}>
          {t(`calendar.sidebar.${key}`)}
        </Typography.Text>
        {list.map((calendar) => (
          <CalendarRow
            key={calendar.id}
            calendar={calendar}
            onChange={(next) => change(calendar, next)}
            onRemove={
              key === 'subscribed'
                ? () => unsubscribe.mutate(calendar.id, { onError: (error) => onProblem(error) })
                : undefined
            }
          />
        ))}
      </Flex>
    );
  return (
    <Flex vertical gap={4} data-testid="calendar-list">
      {section('mine', groups.mine)}
      {section('shared', groups.shared)}
      {section('subscribed', groups.subscribed)}
      <div style={{ padding: '8px 4px' }}>
        <PersonPicker
          key={round}
          data-testid="calendar-add-colleague"
          placeholder={t('calendar.sidebar.addColleague')}
          onChange={(ids) => {
            if (ids[0]) void addColleague(ids[0]);
            setRound(round + 1);
          }}
        />
      </div>
    </Flex>
  );
}

function CalendarRow({
  calendar,
  onChange,
  onRemove,
}: {
  calendar: CalendarInfo;
  onChange: (change: Partial<Pick<CalendarInfo, 'color' | 'visible'>>) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex
      align="center"
      gap={6}
      style={{ padding: '2px 4px', minHeight: 32 }}
      data-testid="calendar-row"
      data-calendar-id={calendar.id}
    >
      <Checkbox
        checked={calendar.visible}
        onChange={(event) => onChange({ visible: event.target.checked })}
        aria-label={calendar.name}
      />
      <Popover
        trigger="click"
        content={
          <Flex gap={6} wrap style={{ width: 132 }}>
            {COLORS.map((color) => (
              <button
                key={color}
                type="button"
                aria-label={color}
                onClick={() => onChange({ color })}
                style={{
                  width: 24,
                  height: 24,
                  borderRadius: 12,
                  background: color,
                  border: color === calendar.color ? `2px solid ${token.colorText}` : 'none',
                  cursor: 'pointer',
                }}
              />
            ))}
          </Flex>
        }
      >
        <button
          type="button"
          aria-label={t('calendar.sidebar.color')}
          data-testid="calendar-color"
          style={{
            width: 12,
            height: 12,
            borderRadius: 6,
            background: calendar.color,
            border: 'none',
            padding: 0,
            cursor: 'pointer',
            flex: 'none',
          }}
        />
      </Popover>
      <Typography.Text ellipsis style={{ flex: 1 }}>
        {calendar.name}
      </Typography.Text>
      {onRemove && (
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('calendar.sidebar.remove')}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
}
