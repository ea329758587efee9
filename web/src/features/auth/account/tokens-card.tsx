import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type ApiToken, useRevokeToken, useTokens } from '../api/tokens';
import { CreateTokenModal } from './create-token-modal';

export function TokensCard() {
  const { t, i18n } = useTranslation();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const handleProblem = useProblemHandler();
  const [creating, setCreating] = useState(false);
  const date = (iso?: string) => formatDate(iso, i18n.language) || '—';

  return (
    <Card
      title={t('account.tokens.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('account.tokens.create')}
        </Button>
      }
    >
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isLoading}
        dataSource={tokens.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('account.tokens.none') }}
        columns={[
          { title: t('account.tokens.name'), dataIndex: 'name' },
          {
            title: t('account.tokens.scopes'),
            dataIndex: 'scopes',
            render: (scopes: ApiToken['scopes']) =>
              scopes.map((scope) => <Tag key={scope}>{t(`account.tokens.scope.${scope}`)}</Tag>),
          },
          { title: t('account.tokens.expires'), dataIndex: 'expiresAt', render: date },
          { title: t('account.tokens.lastUsed'), dataIndex: 'lastUsedAt', render: date },
          {
            key: 'actions',
            render: (_, token) => (
              <Popconfirm
                title={t('account.tokens.revokeConfirm')}
                okText={t('common.revoke')}
                cancelText={t('common.cancel')}
                onConfirm={() => revoke.mutate(token.id, { onError: (error) => handleProblem(error) })}
              >
                <Button size="small" danger>
                  {t('common.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
