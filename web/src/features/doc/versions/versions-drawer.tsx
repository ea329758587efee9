import { EditOutlined } from '@ant-design/icons';
import type { Editor as TipTap } from '@tiptap/react';
import { App, Button, Checkbox, Drawer, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { fetchVersion, useNameVersion, useVersions } from '../api/versions';
import type { PageVersion } from '../api/types';
import { VersionCompare } from './version-compare';
import { versionDocument } from './version-document';

function VersionName({ pageId, version, canEdit }: { pageId: string; version: PageVersion; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const rename = useNameVersion(pageId);
  const onProblem = useProblemHandler();
  if (editing !== null) {
    return (
      <Input
        size="small"
        autoFocus
        maxLength={100}
        value={editing}
        data-testid="version-name-input"
        onChange={(event) => setEditing(event.target.value)}
        onPressEnter={() =>
          rename.mutate(
            { number: version.number, name: editing.trim() },
            { onSuccess: () => setEditing(null), onError: (error) => onProblem(error) },
          )
        }
        onBlur={() => setEditing(null)}
        style={{ maxWidth: 220 }}
      />
    );
  }
  return (
    <Space size={4}>
      <Typography.Text strong>{t('docs.versions.number', { number: version.number })}</Typography.Text>
      {version.name && (
        <Tag color="blue" data-testid="version-name">
          {version.name}
        </Tag>
      )}
      {canEdit && (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          aria-label={t('docs.versions.name')}
          onClick={() => setEditing(version.name ?? '')}
          data-testid="version-rename"
        />
      )}
    </Space>
  );
}

interface VersionsDrawerProps {
  open: boolean;
  onClose: () => void;
  pageId: string;
  editor: TipTap | null;
  canEdit: boolean;
}

/** The page's kept versions: name one, compare any two side by side, restore one as a new edit. */
export function VersionsDrawer({ open, onClose, pageId, editor, canEdit }: VersionsDrawerProps) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const isPhone = useIsPhone();
  const versions = useVersions(pageId, open);
  const onProblem = useProblemHandler();
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);

  const toggle = (number: number, checked: boolean) =>
    setPicked((current) =>
      checked
        ? [...current.filter((other) => other !== number), number].slice(-2)
        : current.filter((other) => other !== number),
    );

  const restore = (version: PageVersion) =>
    modal.confirm({
      title: t('docs.versions.restoreConfirm', { number: version.number }),
      content: t('docs.versions.restoreHint'),
      okButtonProps: { 'data-testid': 'version-restore-confirm' },
      onOk: async () => {
        try {
          const content = await fetchVersion(pageId, version.number);
          editor?.commands.setContent(versionDocument(content.update));
          void message.success(t('docs.versions.restored', { number: version.number }));
          onClose();
        } catch (error) {
          onProblem(error);
        }
      },
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('docs.versions.title')}
      size={isPhone ? '100%' : comparing ? 1000 : 420}
      data-testid="versions-drawer"
      destroyOnHidden
    >
      {comparing ? (
        <VersionCompare
          pageId={pageId}
          older={Math.min(...comparing)}
          newer={Math.max(...comparing)}
          onBack={() => setComparing(null)}
        />
      ) : (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">{t('docs.versions.pickTwo')}</Typography.Text>
            <Button
              type="primary"
              size="small"
              disabled={picked.length !== 2}
              onClick={() => setComparing([picked[0], picked[1]])}
              data-testid="versions-compare"
            >
              {t('docs.versions.compare')}
            </Button>
          </Flex>
          {versions.isLoading && <Loading />}
          {versions.error && <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />}
          {versions.data?.length === 0 && <EmptyState text={t('docs.versions.none')} />}
          <List
            dataSource={versions.data ?? []}
            renderItem={(version) => (
              <List.Item
                data-testid="version-item"
                actions={
                  canEdit
                    ? [
                        <Button
                          key="restore"
                          size="small"
                          onClick={() => restore(version)}
                          data-testid="version-restore"
                        >
                          {t('docs.versions.restore')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Flex gap={8} align="flex-start">
                  <Checkbox
                    checked={picked.includes(version.number)}
                    onChange={(event) => toggle(version.number, event.target.checked)}
                    aria-label={t('docs.versions.number', { number: version.number })}
                    data-testid="version-pick"
                  />
                  <div>
                    <VersionName pageId={pageId} version={version} canEdit={canEdit} />
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(version.createdAt, i18n.language)}
                        {version.editors.length > 0 && ` · ${version.editors.map((editor) => editor.name).join(', ')}`}
                      </Typography.Text>
                    </div>
                  </div>
                </Flex>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
