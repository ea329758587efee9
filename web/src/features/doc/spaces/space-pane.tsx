import {
  ArrowLeftOutlined,
  DeleteOutlined,
  LockOutlined,
  MoreOutlined,
  PlusOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Dropdown,
  Flex,
  Input,
  Modal,
  Select,
  Tag,
  Tooltip,
  Tree,
  Typography,
  theme,
  type TreeProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCopyPage, useMovePage, usePageAction, useTagged, useUpdatePage } from '../api/pages';
import { useSpace, useTree } from '../api/spaces';
import type { PageNode } from '../api/types';
import { docsHome, pagePath, settingsPath, trashPath } from '../routes';
import { CopyPageModal } from './copy-page-modal';
import { NewPageModal } from './new-page-modal';
import { buildTree, countBelow, dropTarget, pathTo, type TreeItem } from './page-tree';
import { SpaceIcon } from './space-icon';

interface NodeMenuProps {
  node: PageNode;
  /** Pages below it, offered along when it is copied. */
  descendants: number;
  spaceId: string;
  canEdit: boolean;
  onNewChild: (parentId: string) => void;
}

function NodeMenu({ node, descendants, spaceId, canEdit, onNewChild }: NodeMenuProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const update = useUpdatePage();
  const copy = useCopyPage(spaceId);
  const action = usePageAction(spaceId);
  const onProblem = useProblemHandler();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  if (!canEdit) return null;

  const items = [
    { key: 'child', label: t('docs.page.newChild'), 'data-testid': 'page-new-child' },
    { key: 'rename', label: t('docs.page.rename'), 'data-testid': 'page-rename' },
    { key: 'copy', label: t('docs.page.copy'), 'data-testid': 'page-copy' },
    node.archived
      ? { key: 'unarchive', label: t('docs.page.unarchive'), 'data-testid': 'page-unarchive' }
      : { key: 'archive', label: t('docs.page.archive'), 'data-testid': 'page-archive' },
    { type: 'divider' as const },
    { key: 'trash', label: t('docs.page.trash'), danger: true, 'data-testid': 'page-trash' },
  ];
  const onClick = ({ key, domEvent }: { key: string; domEvent: React.SyntheticEvent }) => {
    domEvent.stopPropagation();
    if (key === 'child') onNewChild(node.id);
    if (key === 'rename') setRenaming(node.title);
    if (key === 'copy' && descendants > 0) setCopying(true);
    else if (key === 'copy') {
      copy.mutate(
        { id: node.id, title: t('docs.page.copyTitle', { title: node.title }) },
        { onSuccess: (page) => void navigate(pagePath(spaceId, page.id)), onError: (error) => onProblem(error) },
      );
    }
    if (key === 'archive' || key === 'unarchive')
      action.mutate({ id: node.id, action: key }, { onError: (error) => onProblem(error) });
    if (key === 'trash') {
      modal.confirm({
        title: t('docs.page.trashConfirm', { title: node.title }),
        content: t('docs.page.trashHint'),
        okText: t('docs.page.trash'),
        okButtonProps: { danger: true, 'data-testid': 'page-trash-confirm' },
        onOk: () => action.mutateAsync({ id: node.id, action: 'trash' }).catch((error: unknown) => onProblem(error)),
      });
    }
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button
          type="text"
          size="small"
          icon={<MoreOutlined />}
          aria-label={t('docs.page.actions')}
          data-testid="page-node-menu"
          onClick={(event) => event.stopPropagation()}
        />
      </Dropdown>
      <Modal
        open={renaming !== null}
        title={t('docs.page.rename')}
        onCancel={() => setRenaming(null)}
        okButtonProps={{ disabled: !renaming?.trim(), loading: update.isPending }}
        onOk={() =>
          update.mutate(
            { id: node.id, title: (renaming ?? '').trim() },
            { onSuccess: () => setRenaming(null), onError: (error) => onProblem(error) },
          )
        }
      >
        <Input
          value={renaming ?? ''}
          maxLength={200}
          onChange={(event) => setRenaming(event.target.value)}
          data-testid="page-rename-input"
        />
      </Modal>
      {copying && (
        <CopyPageModal node={node} spaceId={spaceId} descendants={descendants} onClose={() => setCopying(false)} />
      )}
    </>
  );
}

/** A space's list pane: its page tree (drag to reorder or move), a tag filter, the trash. */
export function SpacePane({ spaceId, pageId }: { spaceId: string; pageId?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const space = useSpace(spaceId);
  const tree = useTree(spaceId);
  const [tag, setTag] = useState<string | undefined>();
  const tagged = useTagged(spaceId, tag);
  const move = useMovePage(spaceId);
  const onProblem = useProblemHandler();
  const [newParent, setNewParent] = useState<string | null | undefined>();
  const [expanded, setExpanded] = useState<string[] | undefined>();
  const nodes = useMemo(() => tree.data ?? [], [tree.data]);
  const items = useMemo(() => buildTree(nodes), [nodes]);
  const tags = useMemo(() => [...new Set(nodes.flatMap((node) => node.tags))].sort(), [nodes]);
  const canEdit = space.data?.capabilities.canEdit ?? false;
  // Until the reader folds or unfolds anything, the open page's ancestors are unfolded.
  const expandedKeys = expanded ?? (pageId ? pathTo(nodes, pageId).map((node) => node.id) : []);

  const onDrop: TreeProps<TreeItem>['onDrop'] = (info) => {
    const offset = info.dropPosition - Number(info.node.pos.split('-').pop());
    const place = !info.dropToGap ? 'inside' : offset < 0 ? 'before' : 'after';
    const target = dropTarget(nodes, String(info.dragNode.key), String(info.node.key), place);
    if (target) move.mutate({ id: String(info.dragNode.key), ...target }, { onError: (error) => onProblem(error) });
  };

  const renderTitle = (item: TreeItem) => (
    <Flex align="center" justify="space-between" gap={4} data-testid="page-node" data-page-id={item.key}>
      <Typography.Text ellipsis type={item.node.archived ? 'secondary' : undefined} delete={false} style={{ flex: 1 }}>
        {item.title}
        {item.node.archived && <span style={{ marginInlineStart: 6, fontSize: 12 }}>({t('docs.page.archived')})</span>}
        {item.node.restricted && (
          <Tooltip title={t('docs.restrictions.restricted')}>
            <LockOutlined
              style={{ marginInlineStart: 6, fontSize: 12, color: token.colorTextSecondary }}
              aria-label={t('docs.restrictions.restricted')}
              data-testid="page-node-restricted"
            />
          </Tooltip>
        )}
      </Typography.Text>
      <NodeMenu
        node={item.node}
        descendants={countBelow(item)}
        spaceId={spaceId}
        canEdit={canEdit}
        onNewChild={setNewParent}
      />
    </Flex>
  );

  return (
    <Flex vertical style={{ height: '100%' }} data-testid="space-pane">
      <Flex align="center" gap={4} style={{ padding: `${token.paddingXS}px ${token.paddingXS}px 0` }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('docs.allSpaces')}
          onClick={() => void navigate(docsHome)}
          data-testid="docs-home-link"
        />
        {space.data && <SpaceIcon kind={space.data.kind} />}
        <Typography.Title level={5} ellipsis style={{ margin: 0, flex: 1 }} data-testid="space-title">
          {space.data?.name}
        </Typography.Title>
        {space.data?.archived && <Tag data-testid="space-archived">{t('docs.space.archivedTag')}</Tag>}
        {space.data?.capabilities.canAdmin && (
          <Tooltip title={t('docs.space.settings')}>
            <Button
              type="text"
              size="small"
              icon={<SettingOutlined />}
              aria-label={t('docs.space.settings')}
              onClick={() => void navigate(settingsPath(spaceId))}
              data-testid="space-settings-link"
            />
          </Tooltip>
        )}
        {/* an icon, so the space's name keeps the row's room in a 300 px pane, in any language */}
        {canEdit && (
          <Tooltip title={t('docs.page.new')}>
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              aria-label={t('docs.page.new')}
              onClick={() => setNewParent(null)}
              data-testid="page-new"
            />
          </Tooltip>
        )}
      </Flex>
      {tags.length > 0 && (
        <Select
          allowClear
          size="small"
          placeholder={t('docs.tags.filter')}
          value={tag}
          onChange={setTag}
          options={tags.map((value) => ({ value, label: value }))}
          style={{ margin: `${token.marginXS}px ${token.marginSM}px 0` }}
          data-testid="tag-filter"
        />
      )}
      <div style={{ flex: 1, overflow: 'auto', padding: token.paddingXS }}>
        {(tree.isLoading || space.isLoading) && <Loading />}
        {(tree.error ?? space.error) && <LoadFailed error={tree.error ?? space.error} />}
        {tag !== undefined ? (
          <Flex vertical data-testid="tagged-pages">
            {(tagged.data ?? []).map((node) => (
              <Button
                key={node.id}
                type={node.id === pageId ? 'link' : 'text'}
                style={{ justifyContent: 'flex-start' }}
                onClick={() => void navigate(pagePath(spaceId, node.id))}
              >
                {node.title}
              </Button>
            ))}
          </Flex>
        ) : (
          tree.data && (
            <>
              {items.length === 0 && <EmptyState text={t('docs.page.none')} />}
              <Tree<TreeItem>
                blockNode
                draggable={canEdit ? { icon: false } : false}
                treeData={items}
                selectedKeys={pageId ? [pageId] : []}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpanded(keys.map(String))}
                onSelect={(keys) => keys[0] !== undefined && void navigate(pagePath(spaceId, String(keys[0])))}
                onDrop={onDrop}
                allowDrop={({ dragNode, dropNode }) =>
                  !pathTo(nodes, String(dropNode.key)).some((node) => node.id === dragNode.key)
                }
                titleRender={renderTitle}
                data-testid="page-tree"
              />
            </>
          )
        )}
      </div>
      <Button
        type="text"
        icon={<DeleteOutlined />}
        style={{ margin: token.marginXS, justifyContent: 'flex-start' }}
        onClick={() => void navigate(trashPath(spaceId))}
        data-testid="trash-link"
      >
        {t('docs.trash.title')}
      </Button>
      <NewPageModal
        spaceId={spaceId}
        parentId={newParent ?? undefined}
        open={newParent !== undefined}
        onClose={() => setNewParent(undefined)}
        onCreated={(page) => {
          setExpanded(undefined);
          void navigate(pagePath(spaceId, page.id));
        }}
      />
    </Flex>
  );
}
