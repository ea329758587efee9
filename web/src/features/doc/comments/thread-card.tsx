import { CheckOutlined, DeleteOutlined, EditOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCommentAction } from '../api/comments';
import type { CommentThread, PageComment } from '../api/types';
import { CommentComposer } from './comment-composer';
import { CommentText } from './comment-text';

function CommentItem({
  pageId,
  comment,
  actions,
}: {
  pageId: string;
  comment: PageComment;
  actions?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const act = useCommentAction(pageId);
  const onProblem = useProblemHandler();
  const [editing, setEditing] = useState(false);

  return (
    <div data-testid="comment" id={`comment-${comment.id}`} style={{ marginTop: 8 }}>
      <Flex align="center" gap={6}>
        <PersonAvatar name={comment.author.name} color={comment.author.avatarColor} size={22} />
        <Flex vertical style={{ flex: 1, minWidth: 0, lineHeight: 1.3 }}>
          <Typography.Text strong ellipsis style={{ fontSize: 13 }} data-testid="comment-author">
            {comment.author.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {formatDateTime(comment.createdAt, i18n.language)}
            {comment.editedAt && !comment.deleted && ` · ${t('docs.comments.edited')}`}
          </Typography.Text>
        </Flex>
        {actions}
        {comment.capabilities.canEdit && !editing && (
          <Tooltip title={t('docs.comments.edit')}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={t('docs.comments.edit')}
              onClick={(event) => {
                event.stopPropagation();
                setEditing(true);
              }}
              data-testid="comment-edit"
            />
          </Tooltip>
        )}
        {comment.capabilities.canDelete && (
          <Tooltip title={t('docs.comments.delete')}>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('docs.comments.delete')}
              data-testid="comment-delete"
              onClick={(event) => {
                event.stopPropagation();
                modal.confirm({
                  title: t('docs.comments.deleteConfirm'),
                  okButtonProps: { danger: true, 'data-testid': 'comment-delete-confirm' },
                  onOk: () =>
                    act
                      .mutateAsync({ kind: 'delete', commentId: comment.id })
                      .catch((error: unknown) => onProblem(error)),
                });
              }}
            />
          </Tooltip>
        )}
      </Flex>
      <div style={{ paddingInlineStart: 28 }}>
        {comment.deleted ? (
          <Typography.Text type="secondary" italic data-testid="comment-deleted">
            {t('docs.comments.deleted')}
          </Typography.Text>
        ) : editing ? (
          <CommentComposer
            placeholder={t('docs.comments.editPlaceholder')}
            initial={{ body: comment.body, mentions: comment.mentions }}
            autoFocus
            onCancel={() => setEditing(false)}
            onSubmit={(body) =>
              act.mutateAsync({ kind: 'edit', commentId: comment.id, body }).then(
                () => setEditing(false),
                (error: unknown) => {
                  onProblem(error);
                  throw error;
                },
              )
            }
            testId="comment-edit-input"
          />
        ) : (
          <CommentText comment={comment} />
        )}
      </div>
    </div>
  );
}

interface ThreadCardProps {
  pageId: string;
  thread: CommentThread;
  canComment: boolean;
  active: boolean;
  /** The passage's text is gone from the page. */
  removed: boolean;
  onActivate?: () => void;
}

/** One thread: the passage it is about, its comments, a reply box (on a passage's thread once it is active), and resolve or reopen. */
export function ThreadCard({ pageId, thread, canComment, active, removed, onActivate }: ThreadCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const act = useCommentAction(pageId);
  const onProblem = useProblemHandler();
  const resolve = (kind: 'resolve' | 'reopen') =>
    act.mutate({ kind, threadId: thread.id }, { onError: (error) => onProblem(error) });
  const resolveButton = canComment ? (
    thread.resolved ? (
      <Tooltip title={t('docs.comments.reopen')}>
        <Button
          size="small"
          type="text"
          icon={<RedoOutlined />}
          aria-label={t('docs.comments.reopen')}
          onClick={(event) => {
            event.stopPropagation();
            resolve('reopen');
          }}
          data-testid="thread-reopen"
        />
      </Tooltip>
    ) : (
      <Tooltip title={t('docs.comments.resolve')}>
        <Button
          size="small"
          type="text"
          icon={<CheckOutlined />}
          aria-label={t('docs.comments.resolve')}
          onClick={(event) => {
            event.stopPropagation();
            resolve('resolve');
          }}
          data-testid="thread-resolve"
        />
      </Tooltip>
    )
  ) : null;

  return (
    <div
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-active={active}
      data-resolved={thread.resolved}
      onClick={onActivate}
      style={{
        border: `1px solid ${active ? token.colorPrimary : token.colorBorderSecondary}`,
        boxShadow: active ? token.boxShadowTertiary : undefined,
        borderRadius: token.borderRadiusLG,
        padding: '8px 12px 10px',
        background: thread.resolved ? token.colorFillQuaternary : token.colorBgContainer,
        cursor: onActivate ? 'pointer' : undefined,
      }}
    >
      {thread.anchor && (
        <Flex align="center" gap={8}>
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: thread.anchor.quote }}
            style={{
              flex: 1,
              borderInlineStart: `3px solid ${removed ? token.colorBorder : token.colorWarning}`,
              paddingInlineStart: 8,
              fontSize: 12,
              textDecoration: removed ? 'line-through' : undefined,
            }}
            data-testid="comment-quote"
          >
            {thread.anchor.quote}
          </Typography.Text>
          {removed && <Tag data-testid="passage-removed">{t('docs.comments.passageRemoved')}</Tag>}
          {resolveButton}
        </Flex>
      )}
      {thread.resolved && thread.resolvedBy && (
        <Typography.Text type="success" style={{ fontSize: 12 }} data-testid="thread-resolved-by">
          {t('docs.comments.resolvedBy', { name: thread.resolvedBy.name })}
        </Typography.Text>
      )}
      {thread.comments.map((comment, index) => (
        <CommentItem
          key={comment.id}
          pageId={pageId}
          comment={comment}
          actions={!thread.anchor && index === 0 ? resolveButton : undefined}
        />
      ))}
      {canComment && !thread.resolved && (active || !thread.anchor) && (
        <div style={{ marginTop: 8, paddingInlineStart: 28 }}>
          <CommentComposer
            placeholder={t('docs.comments.reply')}
            onSubmit={(body) =>
              act.mutateAsync({ kind: 'reply', threadId: thread.id, body }).catch((error: unknown) => {
                onProblem(error);
                throw error;
              })
            }
            testId="comment-reply"
          />
        </div>
      )}
    </div>
  );
}
