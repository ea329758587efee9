import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/i18n/format';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useHistory } from '../api/tasks';
import { historyValue } from './history-values';

/** Every change of the task, newest first: who, when, which field, from what to what. */
export function HistoryList({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const history = useHistory(taskId, true);
  const language = currentLocale();
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadFailed error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <EmptyState />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={history.data.map((entry) => ({
        key: entry.id,
        dot: <PersonAvatar name={entry.actor.name} color={entry.actor.avatarColor} size={18} />,
        children: (
          <Flex vertical gap={2} data-testid="history-entry" data-field={entry.field}>
            <Typography.Text>
              {entry.field === 'created'
                ? t('tasks.history.created', { name: entry.actor.name })
                : t('tasks.history.changed', {
                    name: entry.actor.name,
                    field: t(`tasks.field.${entry.field}`, { defaultValue: entry.field }),
                  })}
            </Typography.Text>
            {entry.field !== 'created' && (
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }}>
                {historyValue(entry.field, entry.before, language, t)} →{' '}
                {historyValue(entry.field, entry.after, language, t)}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.at, language)}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
