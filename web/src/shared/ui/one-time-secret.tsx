import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A secret the server shows only once: copyable, with a warning that it will not be shown again. */
export function OneTimeSecret({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="warning" showIcon title={t('common.shownOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        copyable={{ text: value }}
        code
        data-testid={testId}
        style={{ fontSize: 16, wordBreak: 'break-all' }}
      >
        {value}
      </Typography.Paragraph>
    </>
  );
}
