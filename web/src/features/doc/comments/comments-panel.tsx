import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Switch, Typography, theme } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCommentAction } from '../api/comments';
import { CommentComposer } from './comment-composer';
import { ThreadCard } from './thread-card';
import type { Discussion } from './use-page-discussion';

/** The passage a new thread will be about, and its first comment. */
function NewThread({ pageId, discussion }: { pageId: string; discussion: Discussion }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const act = useCommentAction(pageId);
  const onProblem = useProblemHandler();
  const draft = discussion.draft;
  if (!draft) return null;
  return (
    <div
      data-testid="new-thread"
      style={{
        border: `1px solid ${token.colorPrimary}`,
        borderRadius: token.borderRadiusLG,
        padding: '8px 12px 10px',
      }}
    >
      <Typography.Text
        type="secondary"
        ellipsis
        style={{
          display: 'block',
          borderInlineStart: `3px solid ${token.colorWarning}`,
          paddingInlineStart: 8,
          fontSize: 12,
          marginBottom: 8,
        }}
      >
        {draft.quote}
      </Typography.Text>
      <CommentComposer
        placeholder={t('docs.comments.placeholder')}
        autoFocus
        onCancel={() => discussion.setDraft(null)}
        onSubmit={(body) =>
          act.mutateAsync({ kind: 'start', body, anchor: draft }).then(
            (thread) => {
              discussion.setDraft(null);
              if (thread) discussion.setActive(thread.id);
            },
            (error: unknown) => {
              onProblem(error);
              throw error;
            },
          )
        }
        testId="new-thread-input"
      />
    </div>
  );
}

/** The threads on passages of the page, in the order of the text, beside it (or in a sheet on a phone). */
export function CommentsPanel({
  pageId,
  discussion,
  onClose,
}: {
  pageId: string;
  discussion: Discussion;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { active } = discussion;

  // a thread activated from its highlight comes into view here
  useEffect(() => {
    if (active)
      document
        .querySelector(`[data-testid="comment-thread"][data-thread-id="${active}"]`)
        ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);

  return (
    <Flex vertical gap={8} data-testid="comments-panel" style={{ padding: token.paddingSM }}>
      <Flex align="center" gap={8}>
        <Typography.Text strong style={{ flex: 1 }}>
          {t('docs.comments.title')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('docs.comments.showResolved', { count: discussion.resolvedInline })}
        </Typography.Text>
        <Switch
          size="small"
          checked={discussion.showResolved}
          onChange={discussion.setShowResolved}
          data-testid="comments-show-resolved"
        />
        {onClose && (
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('docs.comments.close')}
            onClick={onClose}
            data-testid="comments-close"
          />
        )}
      </Flex>
      {discussion.error && <LoadFailed error={discussion.error} onRetry={() => void discussion.refetch()} />}
      <NewThread pageId={pageId} discussion={discussion} />
      {discussion.inline.length === 0 && !discussion.draft && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="comments-empty">
          {t('docs.comments.none')}
        </Typography.Text>
      )}
      {discussion.inline.map(({ thread, removed }) => (
        <ThreadCard
          key={thread.id}
          pageId={pageId}
          thread={thread}
          canComment={discussion.canComment}
          active={thread.id === active}
          removed={removed}
          onActivate={() => discussion.reveal(thread.id)}
        />
      ))}
    </Flex>
  );
}
