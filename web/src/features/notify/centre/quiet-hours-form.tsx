import { App, Button, Flex, Select, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { ApiProblem } from '../../../shared/api/problem';
import { type KindSetting, type QuietHours, useSetPreferences } from '../api/notifications';

const FORMAT = 'HH:mm';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/**
 * Do-not-disturb hours every day in a time zone (the browser's by default): meanwhile notifications
 * are kept in the list but not pushed, so no badge moves and nothing pops up. The server checks
 * the times; what it refuses shows under the form in the reader's language.
 */
export function QuietHoursForm({ kinds, current }: { kinds: KindSetting[]; current?: QuietHours }) {
  const { t } = useTranslation();
  const save = useSetPreferences();
  const { message } = App.useApp();
  const [on, setOn] = useState(!!current);
  const [start, setStart] = useState<Dayjs | null>(dayjs(current?.start ?? '22:00', FORMAT));
  const [end, setEnd] = useState<Dayjs | null>(dayjs(current?.end ?? '08:00', FORMAT));
  const [zone, setZone] = useState(current?.timeZone ?? browserTimeZone());
  const [error, setError] = useState<string>();
  const zones = useMemo(() => timeZones(zone).map((value) => ({ value, label: value })), [zone]);

  const submit = (enabled: boolean) => {
    setError(undefined);
    const hours = enabled
      ? { start: start?.format(FORMAT) ?? '', end: end?.format(FORMAT) ?? '', timeZone: zone }
      : undefined;
    save.mutate(
      { kinds: kinds.map(({ kind, bell }) => ({ kind, bell })), doNotDisturb: hours },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (problem) =>
          setError(
            problemMessage(
              problem instanceof ApiProblem ? problem : new ApiProblem({ status: 0, code: 'client.unexpected' }),
              t,
            ),
          ),
      },
    );
  };

  return (
    <Flex vertical gap={10} data-testid="quiet-hours">
      <Flex justify="space-between" align="center" gap={12}>
        <label htmlFor="notify-quiet-hours">{t('notify.quietHours')}</label>
        <Switch
          id="notify-quiet-hours"
          checked={on}
          data-testid="quiet-hours-switch"
          onChange={(value) => {
            setOn(value);
            if (!value && current) submit(false);
          }}
        />
      </Flex>
      <Typography.Text type="secondary">{t('notify.quietHoursHint')}</Typography.Text>
      {on && (
        <>
          <Flex gap={8} align="center" wrap>
            <TimePicker
              format={FORMAT}
              value={start}
              onChange={setStart}
              allowClear={false}
              needConfirm={false}
              aria-label={t('notify.quietFrom')}
              placeholder={t('notify.quietFrom')}
              data-testid="quiet-hours-start"
              style={{ width: 110 }}
            />
            <span>–</span>
            <TimePicker
              format={FORMAT}
              value={end}
              onChange={setEnd}
              allowClear={false}
              needConfirm={false}
              aria-label={t('notify.quietTo')}
              placeholder={t('notify.quietTo')}
              data-testid="quiet-hours-end"
              style={{ width: 110 }}
            />
          </Flex>
          <Select
            showSearch
            value={zone}
            options={zones}
            onChange={setZone}
            aria-label={t('notify.timeZone')}
            data-testid="quiet-hours-zone"
            style={{ width: '100%' }}
          />
          {error && (
            <Typography.Text type="danger" role="alert" data-testid="quiet-hours-error">
              {error}
            </Typography.Text>
          )}
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => submit(true)}
            data-testid="quiet-hours-save"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('common.save')}
          </Button>
        </>
      )}
    </Flex>
  );
}
