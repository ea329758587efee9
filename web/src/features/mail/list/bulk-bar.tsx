import {
  DeleteOutlined,
  FolderOutlined,
  InboxOutlined,
  MailOutlined,
  StarOutlined,
  StopOutlined,
  TagOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, Flex, theme, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { foldersQuery, labelsQuery } from '../api/mail-api';
import type { BulkAction, BulkRequest, Folder } from '../api/types';
import { folderName, sortFolders } from '../folders/folder-name';

/** What to do with the checked threads; shown over the list while any is checked. */
export function BulkBar({
  mailboxId,
  folder,
  checkedCount,
  total,
  onAll,
  onAction,
}: {
  mailboxId: string;
  folder: Folder | undefined;
  checkedCount: number;
  total: number;
  onAll: (all: boolean) => void;
  onAction: (request: Omit<BulkRequest, 'messageIds'>) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const folders = useQuery(foldersQuery(mailboxId));
  const labels = useQuery(labelsQuery(mailboxId));
  const act = (action: BulkAction, label: string, icon: ReactNode) => (
    <Tooltip title={label}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        data-testid={`mail-bulk-${action}`}
        disabled={checkedCount === 0}
        onClick={() => onAction({ action })}
      />
    </Tooltip>
  );
  const inSpam = folder?.role === 'SPAM';
  const inTrash = folder?.role === 'TRASH';
  return (
    <Flex
      align="center"
      gap={2}
      wrap
      style={{
        padding: `${token.paddingXXS}px ${token.paddingSM}px`,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
      data-testid="mail-bulk"
    >
      <Checkbox
        checked={total > 0 && checkedCount === total}
        indeterminate={checkedCount > 0 && checkedCount < total}
        onChange={(event) => onAll(event.target.checked)}
        aria-label={t('mail.list.selectAll')}
        style={{ marginInlineEnd: token.marginXS }}
      />
      {act('SEEN', t('mail.actions.seen'), <MailOutlined />)}
      {act('UNSEEN', t('mail.actions.unseen'), <MailOutlined style={{ opacity: 0.5 }} />)}
      {act('STAR', t('mail.actions.star'), <StarOutlined />)}
      {act('ARCHIVE', t('mail.actions.archive'), <InboxOutlined />)}
      {inTrash
        ? act('DELETE_FOREVER', t('mail.actions.deleteForever'), <DeleteOutlined />)
        : act('TRASH', t('mail.actions.trash'), <DeleteOutlined />)}
      {inSpam
        ? act('NOT_SPAM', t('mail.actions.notSpam'), <StopOutlined />)
        : act('SPAM', t('mail.actions.spam'), <StopOutlined />)}
      <Dropdown
        disabled={checkedCount === 0}
        menu={{
          items: sortFolders(folders.data ?? [])
            .filter((target) => target.id !== folder?.id)
            .map((target) => ({ key: target.id, label: folderName(t, target) })),
          onClick: ({ key }) => onAction({ action: 'MOVE', folderId: key }),
        }}
      >
        <Button type="text" size="small" icon={<FolderOutlined />} aria-label={t('mail.actions.move')} />
      </Dropdown>
      {(labels.data ?? []).length > 0 && (
        <Dropdown
          disabled={checkedCount === 0}
          menu={{
            items: (labels.data ?? []).map((label) => ({ key: label.id, label: label.name })),
            onClick: ({ key }) => onAction({ action: 'LABEL', labelId: key }),
          }}
        >
          <Button type="text" size="small" icon={<TagOutlined />} aria-label={t('mail.actions.label')} />
        </Dropdown>
      )}
    </Flex>
  );
}
