import { Button, Divider, Flex, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCommentAction } from '../api/comments';
import { CommentComposer } from './comment-composer';
import { ThreadCard } from './thread-card';
import type { Discussion } from './use-page-discussion';

/** Comments on the page as a whole, under its text: open ones, resolved ones on request, and a box to add one. */
export function PageComments({ pageId, discussion }: { pageId: string; discussion: Discussion }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const act = useCommentAction(pageId);
  const onProblem = useProblemHandler();
  const [showResolved, setShowResolved] = useState(false);
  const resolved = discussion.pageThreads.filter((thread) => thread.resolved).length;
  const shown = discussion.pageThreads.filter((thread) => showResolved || !thread.resolved);

  return (
    <section
      className="doc-no-print"
      data-testid="page-comments"
      style={{ maxWidth: 860, margin: '0 auto', padding: `0 ${token.paddingLG}px ${token.paddingLG}px` }}
    >
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        {t('docs.comments.pageTitle', { count: discussion.pageThreads.length - resolved })}
      </Divider>
      <Flex vertical gap={8}>
        {shown.map((thread) => (
          <ThreadCard
            key={thread.id}
            pageId={pageId}
            thread={thread}
            canComment={discussion.canComment}
            active={false}
            removed={false}
          />
        ))}
        {resolved > 0 && (
          <Button
            type="link"
            size="small"
            style={{ alignSelf: 'flex-start', padding: 0 }}
            onClick={() => setShowResolved(!showResolved)}
            data-testid="page-comments-resolved"
          >
            {showResolved ? t('docs.comments.hideResolved') : t('docs.comments.showResolved', { count: resolved })}
          </Button>
        )}
        {discussion.canComment && (
          <CommentComposer
            placeholder={t('docs.comments.pagePlaceholder')}
            onSubmit={(body) =>
              act.mutateAsync({ kind: 'start', body }).catch((error: unknown) => {
                onProblem(error);
                throw error;
              })
            }
            testId="page-comment-input"
          />
        )}
        {!discussion.canComment && discussion.pageThreads.length === 0 && (
          <Typography.Text type="secondary">{t('docs.comments.none')}</Typography.Text>
        )}
      </Flex>
    </section>
  );
}
