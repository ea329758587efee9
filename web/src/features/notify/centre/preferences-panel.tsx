import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { askNotificationPermission, useNotificationPermission } from '../../../shared/realtime/desktop-notification';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type KindSetting, preferencesQuery, useSetPreferences } from '../api/notifications';
import { QuietHoursForm } from './quiet-hours-form';

/**
 * Every kind the modules declared, by module, on or off for the bell; do-not-disturb hours; and
 * (once asked for, on a click) desktop notifications in this browser.
 */
export function PreferencesPanel() {
  const { t } = useTranslation();
  const preferences = useQuery(preferencesQuery);
  const save = useSetPreferences();
  const showProblem = useProblemHandler();
  const permission = useNotificationPermission();
  if (preferences.isLoading) return <Loading />;
  if (!preferences.data) return <LoadFailed error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const { kinds, doNotDisturb } = preferences.data;
  const pending = save.isPending ? save.variables?.kinds[0] : undefined;
  const modules = [...new Set(kinds.map((kind) => kind.module ?? kind.kind.split('.')[0]))];
  const toggle = (setting: KindSetting, bell: boolean) =>
    save.mutate({ kinds: [{ kind: setting.kind, bell }], doNotDisturb }, { onError: (error) => showProblem(error) });

  return (
    <Flex vertical gap={12} style={{ padding: '8px 12px', overflow: 'auto' }} data-testid="notification-preferences">
      <Typography.Text type="secondary">{t('notify.preferencesHint')}</Typography.Text>
      {modules.map((module) => (
        <Flex key={module} vertical gap={10} data-testid={`preferences-${module}`}>
          <Typography.Text strong>{t(`notify.modules.${module}`, { defaultValue: module })}</Typography.Text>
          {kinds
            .filter((kind) => (kind.module ?? kind.kind.split('.')[0]) === module)
            .map((setting) => {
              const id = `notify-${setting.kind.replace('.', '-')}`;
              const bell = pending?.kind === setting.kind ? pending.bell : setting.bell;
              return (
                <Flex key={setting.kind} justify="space-between" align="center" gap={12}>
                  <label htmlFor={id}>{t(`notify.kinds.${setting.kind}`, { defaultValue: setting.kind })}</label>
                  <Switch
                    id={id}
                    checked={bell}
                    loading={pending?.kind === setting.kind}
                    data-testid={`preference-${setting.kind}`}
                    onChange={(on) => toggle(setting, on)}
                  />
                </Flex>
              );
            })}
        </Flex>
      ))}
      <Divider style={{ margin: '4px 0' }} />
      <QuietHoursForm kinds={kinds} current={doNotDisturb} />
      {permission !== 'unsupported' && (
        <Flex justify="space-between" align="center" gap={12} wrap>
          <span>{t('notify.desktop')}</span>
          {permission === 'default' ? (
            <Button size="small" onClick={() => void askNotificationPermission()} data-testid="notify-desktop-enable">
              {t('notify.desktopEnable')}
            </Button>
          ) : (
            <Typography.Text type="secondary">
              {t(permission === 'granted' ? 'notify.desktopOn' : 'notify.desktopBlocked')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Flex>
  );
}
