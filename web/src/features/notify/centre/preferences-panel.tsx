import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { askNotificationPermission, useNotificationPermission } from '../../../shared/realtime/desktop-notification';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type NotificationPreferences, preferencesQuery, useSetPreferences } from '../api/notifications';

const KINDS = ['mentions', 'comments', 'edits'] as const;

/** The three kinds on or off, and (once asked for, on a click) desktop notifications in this browser. */
export function PreferencesPanel() {
  const { t } = useTranslation();
  const preferences = useQuery(preferencesQuery);
  const save = useSetPreferences();
  const showProblem = useProblemHandler();
  const permission = useNotificationPermission();
  if (preferences.isLoading) return <Loading />;
  if (!preferences.data) return <LoadFailed error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const current: NotificationPreferences = save.isPending && save.variables ? save.variables : preferences.data;
  return (
    <Flex vertical gap={16} style={{ padding: '8px 12px' }} data-testid="notification-preferences">
      <Typography.Text type="secondary">{t('notify.preferencesHint')}</Typography.Text>
      {KINDS.map((kind) => (
        <Flex key={kind} justify="space-between" align="center" gap={12}>
          <label htmlFor={`notify-${kind}`}>{t(`notify.kinds.${kind}`)}</label>
          <Switch
            id={`notify-${kind}`}
            checked={current[kind]}
            loading={save.isPending && save.variables?.[kind] !== preferences.data?.[kind]}
            data-testid={`preference-${kind}`}
            onChange={(on) => save.mutate({ ...current, [kind]: on }, { onError: (error) => showProblem(error) })}
          />
        </Flex>
      ))}
      {permission !== 'unsupported' && (
        <Flex justify="space-between" align="center" gap={12}>
          <span>{t('notify.desktop')}</span>
          {permission === 'default' ? (
            <Button size="small" onClick={() => void askNotificationPermission()} data-testid="notify-desktop-enable">
              {t('notify.desktopEnable')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t(permission === 'granted' ? 'notify.desktopOn' : 'notify.desktopBlocked')}</Typography.Text>
          )}
        </Flex>
      )}
    </Flex>
  );
}
