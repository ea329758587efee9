import { Button, Flex, Popconfirm, theme, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/i18n/format';
import { MentionComposer } from '../../../shared/ui/mention-composer';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type TaskComment, useDeleteComment, useEditComment, useTaskComments, useWriteComment } from '../api/comments';

/** The longest comment the server keeps (as a chat message). */
const MAX_COMMENT = 10_000;
const TOKEN = /<@([0-9a-fA-F-]{36})>/g;

/**
 * A comment's text as written, each mention as the person named, linking to their profile; one who
 * cannot see the task (and so was not told) is struck through, with why on hover.
 */
function CommentBody({ comment }: { comment: TaskComment }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const mentioned = new Map(comment.mentions.map((person) => [person.id, person]));
  const parts = comment.body.split(TOKEN);
  return (
    <Typography.Paragraph
      style={{ whiteSpace: 'pre-wrap', margin: 0, wordBreak: 'break-word' }}
      data-testid="comment-body"
    >
      {parts.map((part, index) => {
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const person = mentioned.get(part);
        const unseen = person?.canSee === false;
        return (
          <Link
            key={index}
            to={`/directory/people/${part}`}
            title={unseen ? t('tasks.comments.cannotSee', { name: person.name }) : undefined}
            style={{
              color: unseen ? token.colorTextTertiary : token.colorPrimary,
              background: unseen ? token.colorFillTertiary : token.colorPrimaryBg,
              textDecoration: unseen ? 'line-through' : undefined,
              borderRadius: 4,
              padding: '0 3px',
            }}
            data-testid="comment-mention"
          >
            @{person?.name ?? '…'}
          </Link>
        );
      })}
    </Typography.Paragraph>
  );
}

/** The task's conversation: comments oldest first, its author's editable, and a composer with @ mentions. */
export function Comments({ taskId, canComment }: { taskId: string; canComment: boolean }) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const comments = useTaskComments(taskId);
  const write = useWriteComment(taskId);
  const edit = useEditComment(taskId);
  const remove = useDeleteComment(taskId);
  const [editing, setEditing] = useState<string>();
  const language = currentLocale();
  const composerProps = {
    maxLength: MAX_COMMENT,
    tooLongMessage: t('tasks.comments.tooLong', { max: MAX_COMMENT }),
    sendLabel: t('tasks.comments.send'),
  };
  const failed = (error: unknown) => {
    onProblem(error);
    throw error;
  };
  if (comments.isPending) return <Loading />;
  if (comments.isError) return <LoadFailed error={comments.error} onRetry={() => void comments.refetch()} />;
  return (
    <Flex vertical gap={12} data-testid="task-comments">
      {comments.data.length === 0 && <EmptyState text={t('tasks.comments.none')} />}
      {comments.data.map((comment) => (
        <Flex key={comment.id} gap={8} align="flex-start" data-testid="task-comment">
          <PersonAvatar name={comment.author.name} color={comment.author.avatarColor} size={28} />
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong>{comment.author.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(comment.createdAt, language)}
                {comment.editedAt && ` · ${t('tasks.comments.edited')}`}
              </Typography.Text>
            </Flex>
            {editing === comment.id ? (
              <MentionComposer
                {...composerProps}
                placeholder={t('tasks.comments.placeholder')}
                initial={{ body: comment.body, mentions: comment.mentions }}
                autoFocus
                onCancel={() => setEditing(undefined)}
                onSubmit={(text) =>
                  edit.mutateAsync({ id: comment.id, text }).then(() => setEditing(undefined), failed)
                }
                testId="task-comment-edit"
              />
            ) : (
              <CommentBody comment={comment} />
            )}
            {editing !== comment.id && (
              <Flex gap={8}>
                {comment.capabilities.canEdit && (
                  <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setEditing(comment.id)}>
                    {t('common.edit')}
                  </Button>
                )}
                {comment.capabilities.canDelete && (
                  <Popconfirm
                    title={t('tasks.comments.deleteConfirm')}
                    onConfirm={() => remove.mutateAsync(comment.id).catch(onProblem)}
                  >
                    <Button size="small" type="link" danger style={{ padding: 0 }}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            )}
          </Flex>
        </Flex>
      ))}
      {canComment && (
        <MentionComposer
          {...composerProps}
          placeholder={t('tasks.comments.placeholder')}
          onSubmit={(text) => write.mutateAsync(text).catch(failed)}
          testId="task-comment-composer"
        />
      )}
    </Flex>
  );
}
