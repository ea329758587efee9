import { Button, Empty, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { problemMessage } from '../i18n/problem-message';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin aria-label={t('common.loading')} />
    </div>
  );
}

export function EmptyState({ text }: { text?: string }) {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text ?? t('common.empty')} />;
}

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = error instanceof ApiProblem ? problemMessage(error, t) : t('errors.generic');
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={text}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
