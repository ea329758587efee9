import { Button, Card, List, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useRevokeSession, useSessions } from '../api/sessions';
import { describeUserAgent } from './user-agent';

export function SessionsCard() {
  const { t, i18n } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const handleProblem = useProblemHandler();
  return (
    <Card title={t('account.sessions.title')}>
      {sessions.isError ? (
        <LoadFailed error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <List
          loading={sessions.isLoading}
          dataSource={sessions.data ?? []}
          locale={{ emptyText: t('common.empty') }}
          renderItem={(session) => (
            <List.Item
              data-testid="session-item"
              actions={
                session.current
                  ? []
                  : [
                      <Popconfirm
                        key="revoke"
                        title={t('account.sessions.revokeConfirm')}
                        okText={t('common.revoke')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => revoke.mutate(session.id, { onError: (error) => handleProblem(error) })}
                      >
                        <Button size="small" danger>
                          {t('common.revoke')}
                        </Button>
                      </Popconfirm>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {describeUserAgent(session.userAgent) || t('account.sessions.unknownDevice')}{' '}
                    {session.current && <Tag color="blue">{t('account.sessions.thisDevice')}</Tag>}
                  </>
                }
                description={
                  <Typography.Text type="secondary">
                    {session.ipAddress} ·{' '}
                    {t('account.sessions.lastSeen', { time: formatDateTime(session.lastSeenAt, i18n.language) })}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
