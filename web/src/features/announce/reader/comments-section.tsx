import { Button, Flex, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useComments, useWriteComment } from '../api/comments';
import type { Announcement } from '../api/types';

const MAX_LENGTH = 4000;

/** Readers' comments, oldest first, and a box to add one when I may. */
export function CommentsSection({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const comments = useComments(announcement.id, true);
  const write = useWriteComment(announcement.id);
  const onProblem = useProblemHandler();
  const [text, setText] = useState('');
  const send = () => write.mutate(text.trim(), { onSuccess: () => setText(''), onError: (error) => onProblem(error) });
  const list = comments.data ?? [];
  return (
    <section data-testid="announcement-comments" aria-label={t('announce.comments.title')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('announce.comments.title')}
        {list.length > 0 && <Typography.Text type="secondary"> {list.length}</Typography.Text>}
      </Typography.Title>
      {comments.isError && <LoadFailed error={comments.error} onRetry={() => void comments.refetch()} />}
      {comments.isPending && <Loading />}
      {comments.isSuccess && list.length === 0 && (
        <Typography.Text type="secondary">{t('announce.comments.none')}</Typography.Text>
      )}
      <Flex vertical gap={12}>
        {list.map((comment) => (
          <div
            key={comment.id}
            data-testid="announcement-comment"
            style={{ paddingBottom: 10, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
          >
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong>{comment.author.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(comment.createdAt, i18n.language)}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{comment.text}</Typography.Paragraph>
          </div>
        ))}
      </Flex>
      {announcement.capabilities.comment && (
        <Flex vertical gap={8} align="flex-end" style={{ marginTop: 12 }}>
          <Input.TextArea
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={MAX_LENGTH}
            autoSize={{ minRows: 2, maxRows: 8 }}
            placeholder={t('announce.comments.placeholder')}
            aria-label={t('announce.comments.placeholder')}
            data-testid="announcement-comment-input"
          />
          <Button
            type="primary"
            disabled={text.trim() === ''}
            loading={write.isPending}
            onClick={send}
            data-testid="announcement-comment-send"
          >
            {t('announce.comments.send')}
          </Button>
        </Flex>
      )}
    </section>
  );
}
