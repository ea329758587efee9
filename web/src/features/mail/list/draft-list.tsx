import { useQuery } from '@tanstack/react-query';
import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { listDrafts } from '../api/drafts';
import { mailKeys } from '../api/mail-api';
import { listTime } from './when';

/** The Drafts folder: mails being written, newest first; one opens in compose. */
export function DraftList({ mailboxId, onOpen }: { mailboxId: string; onOpen: (draftId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const drafts = useQuery({ queryKey: mailKeys.drafts(mailboxId), queryFn: () => listDrafts(mailboxId) });
  if (drafts.isLoading) return <Loading />;
  if (drafts.isError) return <LoadFailed error={drafts.error} onRetry={() => void drafts.refetch()} />;
  if (!drafts.data?.length) return <EmptyState text={t('mail.list.noDrafts')} />;
  return (
    <div data-testid="mail-drafts">
      {drafts.data.map((draft) => (
        <Flex
          key={draft.id}
          vertical
          onClick={() => onOpen(draft.id)}
          data-testid="mail-draft"
          style={{
            padding: `${token.paddingXS}px ${token.paddingSM}px`,
            cursor: 'pointer',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex justify="space-between" gap={token.marginXS}>
            <Typography.Text ellipsis type="danger">
              {t('mail.list.draft')}{' '}
              <Typography.Text>{draft.to.map((person) => person.name || person.address).join(', ')}</Typography.Text>
            </Typography.Text>
            {draft.updatedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {listTime(draft.updatedAt, i18n.language)}
              </Typography.Text>
            )}
          </Flex>
          <Typography.Text ellipsis>{draft.subject || t('mail.noSubject')}</Typography.Text>
        </Flex>
      ))}
    </div>
  );
}
