import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { threadsQuery } from '../api/mail-api';
import type { BulkRequest, Folder, ThreadSummary } from '../api/types';
import { BulkBar } from './bulk-bar';
import { ThreadRow } from './thread-row';

/** The checked threads' messages: a bulk action applies to every message of each checked thread. */
export function messagesOf(threads: ThreadSummary[], checked: Set<string>): string[] {
  return threads.filter((thread) => checked.has(thread.threadId)).flatMap((thread) => thread.messageIds);
}

/** The middle pane: a folder's conversations with checkboxes and the actions for the checked ones. */
export function ThreadList({
  mailboxId,
  folder,
  openThreadId,
  onOpen,
  onBulk,
}: {
  mailboxId: string;
  folder: Folder;
  openThreadId: string | undefined;
  onOpen: (threadId: string) => void;
  onBulk: (request: BulkRequest) => void;
}) {
  const { t } = useTranslation();
  const pages = useInfiniteQuery(threadsQuery(folder.id));
  const [checked, setChecked] = useState<Set<string>>(new Set());
  if (pages.isLoading) return <Loading />;
  if (pages.isError) return <LoadFailed error={pages.error} onRetry={() => void pages.refetch()} />;
  const threads = pages.data?.pages.flatMap((page) => page.items) ?? [];
  // threads that left the folder (moved, deleted, live) are no longer checked
  const present = new Set(threads.map((thread) => thread.threadId));
  const checkedHere = new Set([...checked].filter((id) => present.has(id)));
  const toggle = (threadId: string, on: boolean) => {
    const next = new Set(checkedHere);
    if (on) next.add(threadId);
    else next.delete(threadId);
    setChecked(next);
  };
  return (
    <Flex vertical style={{ minHeight: '100%' }} data-testid="mail-thread-list">
      <BulkBar
        mailboxId={mailboxId}
        folder={folder}
        checkedCount={checkedHere.size}
        total={threads.length}
        onAll={(all) => setChecked(all ? present : new Set())}
        onAction={(request) => {
          onBulk({ ...request, messageIds: messagesOf(threads, checkedHere) });
          setChecked(new Set());
        }}
      />
      {threads.length === 0 && <EmptyState text={t('mail.list.empty')} />}
      {threads.map((thread) => (
        <ThreadRow
          key={thread.threadId}
          thread={thread}
          open={thread.threadId === openThreadId}
          checked={checkedHere.has(thread.threadId)}
          onCheck={(on) => toggle(thread.threadId, on)}
          onOpen={() => onOpen(thread.threadId)}
          onStar={() => onBulk({ messageIds: thread.messageIds, action: thread.starred ? 'UNSTAR' : 'STAR' })}
        />
      ))}
      {pages.hasNextPage && (
        <Button type="link" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('mail.list.more')}
        </Button>
      )}
    </Flex>
  );
}
