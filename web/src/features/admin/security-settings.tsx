import { Card, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../shared/ui/page-state';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { useSecuritySettings, useUpdateSecuritySettings } from './api/settings';

export function SecuritySettings() {
  const { t } = useTranslation();
  const settings = useSecuritySettings();
  const update = useUpdateSecuritySettings();
  const handleProblem = useProblemHandler();
  if (settings.isLoading) {
    return <Loading />;
  }
  if (!settings.data) {
    return <LoadFailed error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return (
    <Card title={t('admin.settings.title')}>
      <Flex justify="space-between" align="center" gap={16}>
        <div>
          <Typography.Text strong id="mfa-required-label">
            {t('admin.settings.mfaRequired')}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('admin.settings.mfaRequiredHint')}
          </Typography.Paragraph>
        </div>
        <Switch
          checked={settings.data.mfaRequired}
          loading={update.isPending}
          aria-labelledby="mfa-required-label"
          data-testid="field-mfaRequired"
          onChange={(mfaRequired) => update.mutate({ mfaRequired }, { onError: (error) => handleProblem(error) })}
        />
      </Flex>
    </Card>
  );
}
