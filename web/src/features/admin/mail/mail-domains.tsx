import { Button, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type MailDomain, useAddDomain, useMailDomains, useMakeDefaultDomain, useRemoveDomain } from './mail-admin-api';

/** The domains Atrium receives mail for: add one, choose the default, remove one no address uses. */
export function MailDomainsPanel() {
  const { t } = useTranslation();
  const domains = useMailDomains();
  const add = useAddDomain();
  const remove = useRemoveDomain();
  const makeDefault = useMakeDefaultDomain();
  const handleProblem = useProblemHandler();
  const [name, setName] = useState('');

  if (domains.isError) {
    return <LoadFailed error={domains.error} onRetry={() => void domains.refetch()} />;
  }
  const submit = () =>
    add.mutate(name.trim(), { onSuccess: () => setName(''), onError: (error) => handleProblem(error) });
  return (
    <Flex vertical gap={12}>
      <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
        <Input
          value={name}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={submit}
          placeholder={t('admin.mail.domains.placeholder')}
          aria-label={t('admin.mail.domains.name')}
          data-testid="mail-domain-name"
        />
        <Button
          type="primary"
          onClick={submit}
          loading={add.isPending}
          disabled={!name.trim()}
          data-testid="mail-domain-add"
        >
          {t('admin.mail.domains.add')}
        </Button>
      </Space.Compact>
      <Table<MailDomain>
        rowKey="name"
        loading={domains.isLoading}
        dataSource={domains.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('admin.mail.domains.empty') }}
        onRow={(domain) => ({ 'data-testid': `mail-domain-${domain.name}` }) as object}
        columns={[
          {
            title: t('admin.mail.domains.name'),
            dataIndex: 'name',
            render: (value: string, domain) => (
              <Space wrap>
                {value}
                {domain.isDefault && <Tag color="blue">{t('admin.mail.domains.default')}</Tag>}
              </Space>
            ),
          },
          { title: t('admin.mail.domains.addresses'), dataIndex: 'addresses' },
          {
            key: 'actions',
            render: (_, domain) => (
              <Space wrap>
                {!domain.isDefault && (
                  <Button
                    size="small"
                    onClick={() => makeDefault.mutate(domain.name, { onError: (error) => handleProblem(error) })}
                    data-testid="mail-domain-default"
                  >
                    {t('admin.mail.domains.makeDefault')}
                  </Button>
                )}
                <Popconfirm
                  title={t('admin.mail.domains.removeConfirm', { name: domain.name })}
                  okText={t('admin.mail.domains.remove')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutate(domain.name, { onError: (error) => handleProblem(error) })}
                >
                  <Button size="small" danger data-testid="mail-domain-remove">
                    {t('admin.mail.domains.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
