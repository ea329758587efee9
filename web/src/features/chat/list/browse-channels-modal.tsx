import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type ChannelListing, useBrowseChannels, useJoinChannel } from '../api/channels';

/** Finds public channels by name and joins or opens them. */
export function BrowseChannelsModal({
  open,
  onClose,
  onOpen,
}: {
  open: boolean;
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Modal
      open={open}
      title={t('chat.browseChannels')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={isPhone ? '100%' : 560}
    >
      {open && (
        <Browser
          onOpen={(id) => {
            onClose();
            onOpen(id);
          }}
        />
      )}
    </Modal>
  );
}

function Browser({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = useBrowseChannels(q);
  const items = found.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  return (
    <Flex vertical gap={12}>
      <Input
        prefix={<SearchOutlined />}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('chat.browseSearch')}
        aria-label={t('chat.browseSearch')}
        allowClear
        autoFocus
        data-testid="browse-search"
      />
      {found.isLoading && <Loading />}
      {found.isError && <LoadFailed error={found.error} onRetry={() => void found.refetch()} />}
      <List
        dataSource={items}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(listing) => <ListingRow listing={listing} onOpen={onOpen} />}
        data-testid="browse-list"
      />
      {found.hasNextPage && (
        <Button onClick={() => void found.fetchNextPage()} loading={found.isFetchingNextPage}>
          {t('chat.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function ListingRow({ listing, onOpen }: { listing: ChannelListing; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const join = useJoinChannel();
  const showProblem = useProblemHandler();
  const action = listing.joined ? (
    <Button key="open" size="small" onClick={() => onOpen(listing.id)}>
      {t('chat.open')}
    </Button>
  ) : (
    <Button
      key="join"
      size="small"
      type="primary"
      disabled={listing.archived}
      loading={join.isPending}
      // the promise, not mutate's callbacks: those are dropped when the list re-renders this row away
      onClick={() => join.mutateAsync(listing.id).then(() => onOpen(listing.id), showProblem)}
      data-testid="browse-join"
    >
      {t('chat.join')}
    </Button>
  );
  return (
    <List.Item actions={[action]} data-testid="browse-row">
      <List.Item.Meta
        title={
          <Flex gap={6} align="center" wrap>
            <span># {listing.name}</span>
            {listing.archived && <Tag>{t('chat.archivedTag')}</Tag>}
          </Flex>
        }
        description={
          <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
            {t('chat.memberCount', { count: listing.memberCount })}
            {listing.topic ? ` · ${listing.topic}` : ''}
          </Typography.Text>
        }
      />
    </List.Item>
  );
}
