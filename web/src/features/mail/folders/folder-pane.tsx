import {
  DeleteOutlined,
  EditOutlined,
  FileOutlined,
  FolderOutlined,
  InboxOutlined,
  PlusOutlined,
  SendOutlined,
  StopOutlined,
  TagOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Flex, Menu, Select, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { createFolder, foldersQuery, labelsQuery, mailKeys } from '../api/mail-api';
import type { Mailbox } from '../api/types';
import { folderName, sortFolders } from './folder-name';
import { NewNameButton } from './new-name-button';

const ICONS: Record<string, ReactNode> = {
  INBOX: <InboxOutlined />,
  DRAFTS: <FileOutlined />,
  SENT: <SendOutlined />,
  ARCHIVE: <FolderOutlined />,
  SPAM: <StopOutlined />,
  TRASH: <DeleteOutlined />,
};

/** The first pane: the mailbox (when I may read several), compose, its folders and labels. */
export function FolderPane({
  mailboxes,
  mailbox,
  folderId,
  onMailbox,
  onFolder,
  onCompose,
}: {
  mailboxes: Mailbox[];
  mailbox: Mailbox;
  folderId: string | undefined;
  onMailbox: (id: string) => void;
  onFolder: (id: string) => void;
  onCompose: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const onProblem = useProblemHandler();
  const folders = useQuery(foldersQuery(mailbox.id));
  const labels = useQuery(labelsQuery(mailbox.id));
  const addFolder = (name: string) =>
    createFolder(mailbox.id, name).then(
      () => void queryClient.invalidateQueries({ queryKey: mailKeys.folders(mailbox.id) }),
      onProblem,
    );
  return (
    <Flex vertical gap={token.marginXS} style={{ padding: token.paddingXS }} data-testid="mail-folders">
      {mailboxes.length > 1 && (
        <Select
          data-testid="mail-mailbox"
          value={mailbox.id}
          onChange={onMailbox}
          options={mailboxes.map((box) => ({ value: box.id, label: `${box.name} <${box.address}>` }))}
        />
      )}
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, paddingInline: token.paddingXS }}>
        {mailbox.address}
      </Typography.Text>
      <Button type="primary" icon={<EditOutlined />} onClick={onCompose} data-testid="mail-compose">
        {t('mail.compose.new')}
      </Button>
      <Menu
        mode="inline"
        selectedKeys={folderId ? [folderId] : []}
        onClick={({ key }) => onFolder(key)}
        style={{ borderInlineEnd: 'none', background: 'transparent' }}
        items={sortFolders(folders.data ?? []).map((folder) => ({
          key: folder.id,
          icon: (folder.role && ICONS[folder.role]) ?? <FolderOutlined />,
          label: (
            <Flex justify="space-between" align="center" data-testid={`mail-folder-${folder.role ?? folder.name}`}>
              <span>{folderName(t, folder)}</span>
              {folder.unread > 0 && <Badge count={folder.unread} size="small" color={token.colorPrimary} />}
            </Flex>
          ),
        }))}
      />
      <NewNameButton icon={<PlusOutlined />} label={t('mail.folders.add')} onName={addFolder} />
      {(labels.data ?? []).length > 0 && (
        <Flex vertical gap={2} style={{ paddingInline: token.paddingXS }} data-testid="mail-labels">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('mail.labels.title')}
          </Typography.Text>
          {labels.data?.map((label) => (
            <Typography.Text key={label.id}>
              <TagOutlined style={{ color: label.color ?? token.colorTextSecondary }} /> {label.name}
            </Typography.Text>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
