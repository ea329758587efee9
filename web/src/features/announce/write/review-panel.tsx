import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useApprove, useSendBack } from '../api/writing';

/** For a reviewer of an announcement waiting for approval: approve it, or send it back with a comment. */
export function ReviewPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const approve = useApprove();
  const sendBack = useSendBack();
  const [comment, setComment] = useState('');
  return (
    <Card size="small" title={t('announce.write.review.title')} data-testid="announce-review">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('announce.write.review.hint')}</Typography.Text>
        <Input.TextArea
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          placeholder={t('announce.write.review.commentPlaceholder')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          data-testid="announce-review-comment"
        />
        <Flex gap={8} wrap justify="flex-end">
          <Button
            disabled={!comment.trim()}
            loading={sendBack.isPending}
            onClick={() =>
              sendBack.mutate(
                { id, comment: comment.trim() },
                {
                  onSuccess: () => void message.success(t('announce.write.review.sentBack')),
                  onError: (error) => onProblem(error),
                },
              )
            }
            data-testid="announce-review-return"
          >
            {t('announce.write.review.return')}
          </Button>
          <Button
            type="primary"
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(id, {
                onSuccess: () => void message.success(t('announce.write.review.approved')),
                onError: (error) => onProblem(error),
              })
            }
            data-testid="announce-review-approve"
          >
            {t('announce.write.review.approve')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
