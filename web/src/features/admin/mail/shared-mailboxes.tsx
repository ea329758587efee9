import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrantsList, type Grant } from '../../../shared/ui/grants/grants-list';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  type SharedMailbox,
  useDeleteSharedMailbox,
  useReplaceMailboxMembers,
  useSharedMailboxes,
} from './mail-admin-api';
import { MAILBOX_ROLES, type MailboxRole, membersRequest } from './mail-admin-logic';
import { SharedMailboxModal } from './shared-mailbox-modal';

type MemberKind = 'PERSON' | 'DEPARTMENT' | 'GROUP';

/** Shared mailboxes and who works from each, as readers, senders or managers. */
export function SharedMailboxesPanel() {
  const { t } = useTranslation();
  const shared = useSharedMailboxes();
  const [creating, setCreating] = useState(false);

  if (shared.isError) {
    return <LoadFailed error={shared.error} onRetry={() => void shared.refetch()} />;
  }
  return (
    <Flex vertical gap={12}>
      <div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="mail-shared-create"
        >
          {t('admin.mail.shared.create')}
        </Button>
      </div>
      {shared.data?.length === 0 && <Typography.Text type="secondary">{t('admin.mail.shared.empty')}</Typography.Text>}
      {(shared.data ?? []).map((mailbox) => (
        <SharedMailboxCard key={mailbox.id} mailbox={mailbox} />
      ))}
      {creating && <SharedMailboxModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}

function SharedMailboxCard({ mailbox }: { mailbox: SharedMailbox }) {
  const { t } = useTranslation();
  const replace = useReplaceMailboxMembers();
  const remove = useDeleteSharedMailbox();
  const handleProblem = useProblemHandler();
  const members = mailbox.members.filter((member) => member.kind !== 'COMPANY') as Grant<MailboxRole, MemberKind>[];
  return (
    <Card
      size="small"
      data-testid={`mail-shared-${mailbox.address ?? mailbox.id}`}
      title={
        <Space wrap size={[8, 0]}>
          {mailbox.name}
          <Typography.Text type="secondary">{mailbox.address}</Typography.Text>
        </Space>
      }
      extra={
        <Popconfirm
          title={t('admin.mail.shared.deleteConfirm', { name: mailbox.name })}
          okText={t('admin.mail.shared.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate(mailbox.id, { onError: (error) => handleProblem(error) })}
        >
          <Button size="small" danger data-testid="mail-shared-delete">
            {t('admin.mail.shared.delete')}
          </Button>
        </Popconfirm>
      }
    >
      <GrantsList<MailboxRole, MemberKind>
        grants={members}
        roles={MAILBOX_ROLES}
        roleLabel={(role) => t(`admin.mail.shared.role.${role}`)}
        kinds={['PERSON', 'DEPARTMENT', 'GROUP']}
        pending={replace.isPending}
        testIdPrefix="mail-shared"
        onSave={(next) =>
          replace.mutate(
            { id: mailbox.id, members: membersRequest(next) },
            { onError: (error) => handleProblem(error) },
          )
        }
      />
    </Card>
  );
}
