import { MenuOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Input, type InputRef, theme } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../shared/ui/page-state';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { foldersQuery, mailboxesQuery, mailKeys } from './api/mail-api';
import type { BulkRequest, MailMessage } from './api/types';
import { useBulk } from './api/use-bulk';
import { ComposeDrawer } from './compose/compose-drawer';
import { Conversation } from './conversation/conversation';
import { FolderPane } from './folders/folder-pane';
import { DraftList } from './list/draft-list';
import { SearchResults } from './list/search-results';
import { ThreadList } from './list/thread-list';
import { useLiveMail } from './live/use-live-mail';
import { folderPath, INBOX, mailboxPath, SEARCH, threadPath } from './paths';
import { useMailShortcuts } from './shortcuts/use-mail-shortcuts';
import { useMailCommands } from './use-mail-commands';

/** Actions after which a message is no longer in the folder it was shown in. */
const LEAVES = new Set(['MOVE', 'ARCHIVE', 'TRASH', 'SPAM', 'NOT_SPAM', 'RESTORE', 'DELETE_FOREVER']);

/**
 * Webmail: folders | conversations | the open conversation on a desk; one of them at a time on a
 * phone, each with its way back. Compose (`?compose=`) opens over whichever is shown.
 */
export function MailPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { mailboxId, folderId, threadId } = useParams();
  const [params, setParams] = useSearchParams();
  const search = useRef<InputRef>(null);
  useLiveMail();
  const mailboxes = useQuery(mailboxesQuery);
  const mailbox = mailboxes.data?.find((box) => box.id === mailboxId);
  const folders = useQuery({ ...foldersQuery(mailbox?.id ?? ''), enabled: !!mailbox });
  const folder = folders.data?.find((one) => one.id === folderId);
  // `/mail/<mailbox>/inbox` (and the other roles): a link that needs no folder id, as notices use
  const byRole = folders.data?.find((one) => one.role?.toLowerCase() === folderId);
  const inbox = folders.data?.find((one) => one.role === 'INBOX');
  const bulk = useBulk(mailbox?.id ?? '');
  const compose = params.get('compose');
  const q = params.get('q') ?? '';

  const openThread = useCallback(
    (id: string) => mailbox && folderId && void navigate(threadPath(mailbox.id, folderId, id)),
    [mailbox, folderId, navigate],
  );
  const openDraft = useCallback(
    (draftId: string, fresh: boolean) => void navigate({ search: `?compose=${draftId}` }, { state: { fresh } }),
    [navigate],
  );
  const onBulk = useCallback(
    (request: BulkRequest) => {
      bulk.mutate(request);
      const open =
        mailbox && threadId
          ? queryClient.getQueryData<MailMessage[]>(mailKeys.thread(mailbox.id, threadId))
          : undefined;
      const leaves = LEAVES.has(request.action) && open?.some((message) => request.messageIds.includes(message.id));
      if (leaves && mailbox && folderId) void navigate(folderPath(mailbox.id, folderId));
    },
    [bulk, mailbox, threadId, folderId, queryClient, navigate],
  );
  const focusSearch = useCallback(() => search.current?.focus(), []);
  const { respond, run } = useMailCommands(
    { mailboxId, folderId, threadId },
    { onBulk, openThread, openDraft, focusSearch },
  );
  useMailShortcuts(run, !isPhone && compose === null);

  if (mailboxes.isLoading) return <Loading />;
  if (mailboxes.isError) return <LoadFailed error={mailboxes.error} onRetry={() => void mailboxes.refetch()} />;
  const first = mailboxes.data?.find((box) => box.kind === 'PERSONAL') ?? mailboxes.data?.[0];
  if (!first) return <EmptyState text={t('mail.noMailbox')} />;
  if (!mailbox) return <Navigate to={folderPath(first.id, INBOX)} replace />;
  // a mailbox's link (a notice's) opens its inbox; a phone shows the folders only from the menu
  const askedForFolders = (location.state as { folders?: boolean } | null)?.folders === true;
  if (!folderId && inbox && !(isPhone && askedForFolders)) {
    return <Navigate to={folderPath(mailbox.id, inbox.id)} replace />;
  }
  if (byRole) return <Navigate to={`${folderPath(mailbox.id, byRole.id)}${location.search}`} replace />;

  const closeCompose = () => {
    params.delete('compose');
    setParams(params, { replace: true });
  };
  const searchBox = (
    <Flex
      gap={token.marginXS}
      align="center"
      style={{ padding: token.paddingXS, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      {isPhone && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('mail.folders.title')}
          onClick={() => void navigate(mailboxPath(mailbox.id), { state: { folders: true } })}
          data-testid="mail-to-folders"
        />
      )}
      <Input.Search
        ref={search}
        key={folderId === SEARCH ? q : ''}
        allowClear
        defaultValue={folderId === SEARCH ? q : ''}
        placeholder={t('mail.search.placeholder')}
        onSearch={(text) =>
          text.trim()
            ? void navigate(`${folderPath(mailbox.id, SEARCH)}?q=${encodeURIComponent(text.trim())}`)
            : inbox && void navigate(folderPath(mailbox.id, inbox.id))
        }
        data-testid="mail-search"
      />
    </Flex>
  );
  const folderPane = (
    <FolderPane
      mailboxes={mailboxes.data ?? []}
      mailbox={mailbox}
      folderId={folderId}
      onMailbox={(id) => void navigate(mailboxPath(id))}
      onFolder={(id) => void navigate(folderPath(mailbox.id, id))}
      onCompose={() => openDraft('new', true)}
    />
  );
  const listPane = (
    <Flex vertical style={{ height: '100%' }}>
      {searchBox}
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {folderId === SEARCH ? (
          <SearchResults q={q} />
        ) : folder?.role === 'DRAFTS' ? (
          <DraftList mailboxId={mailbox.id} onOpen={(id) => openDraft(id, false)} />
        ) : folder ? (
          <ThreadList
            mailboxId={mailbox.id}
            folder={folder}
            openThreadId={threadId}
            onOpen={openThread}
            onBulk={onBulk}
          />
        ) : (
          <Loading />
        )}
      </div>
    </Flex>
  );
  const conversation = threadId ? (
    <Conversation
      mailboxId={mailbox.id}
      threadId={threadId}
      onBack={isPhone && folderId ? () => void navigate(folderPath(mailbox.id, folderId)) : undefined}
      onBulk={onBulk}
      onRespond={respond}
    />
  ) : (
    <EmptyState text={t('mail.conversation.none')} />
  );
  const fresh = (location.state as { fresh?: boolean } | null)?.fresh ?? false;
  const border = `1px solid ${token.colorBorderSecondary}`;
  return (
    <div style={{ height: '100%', display: 'flex', background: token.colorBgContainer }} data-testid="mail-page">
      {isPhone ? (
        <div style={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
          {!folderId ? folderPane : threadId ? conversation : listPane}
        </div>
      ) : (
        <>
          <div
            style={{ width: 220, flex: 'none', borderRight: border, overflow: 'auto', background: token.colorBgLayout }}
          >
            {folderPane}
          </div>
          <div style={{ width: 380, flex: 'none', borderRight: border, minHeight: 0 }}>{listPane}</div>
          <div style={{ flex: 1, minWidth: 0, overflow: 'auto' }}>{conversation}</div>
        </>
      )}
      <ComposeDrawer mailbox={mailbox} draftId={compose} fresh={fresh} onClose={closeCompose} />
    </div>
  );
}
