import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Spin, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useAnnouncementList } from '../api/reading';
import type { AnnouncementSummary, Box } from '../api/types';
import { announcementPath, boxPath, editAnnouncementPath, newAnnouncementPath } from '../routes';
import { AnnouncementRow } from './announcement-row';
import { type Filters, ListFilters } from './list-filters';
import { listItems, rangeTimes } from './list-items';
import { useLoadMore } from './use-load-more';

interface ListProps {
  box: Box;
  boxes: Box[];
  selectedId?: string;
  compact: boolean;
  canWrite: boolean;
}

/** Where a row leads: my drafts and returned ones to the editor, everything else to the reader. */
function rowTarget(item: AnnouncementSummary, box: Box): string {
  const editable = box === 'mine' && (item.state === 'DRAFT' || item.state === 'RETURNED');
  const path = editable ? editAnnouncementPath(item.id) : announcementPath(item.id);
  return box === 'inbox' ? path : `${path}?box=${box}`;
}

/** A box of announcements with its filters, growing as one scrolls. */
export function AnnouncementList({ box, boxes, selectedId, compact, canWrite }: ListProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const q = useDebouncedValue(filters.q, 300);
  const list = useAnnouncementList({ box, category: filters.category, q, ...rangeTimes(filters.range) });
  const loadMore = useLoadMore(list.hasNextPage && !list.isFetchingNextPage, () => void list.fetchNextPage());
  // the list's pinned marks compare with the time it was fetched, not every render's
  const now = list.dataUpdatedAt;
  const items = useMemo(() => listItems(list.data?.pages), [list.data]);

  let body;
  if (list.isError) body = <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.isPending) body = <Loading />;
  else if (items.length === 0 && !list.hasNextPage)
    body = (
      <div style={{ padding: '32px 0' }}>
        <EmptyState
          text={t(filters.q || filters.category || filters.range ? 'announce.noMatch' : `announce.empty.${box}`)}
        />
      </div>
    );
  else
    body = items.map((item) => (
      <AnnouncementRow
        key={item.id}
        item={item}
        to={rowTarget(item, box)}
        selected={item.id === selectedId}
        compact={compact}
        now={now}
      />
    ));

  return (
    <Flex vertical style={{ minHeight: '100%', background: token.colorBgContainer }} data-testid="announcement-list">
      <Flex vertical gap={10} style={{ padding: compact ? 12 : '16px 14px 12px' }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.announcements')}
          </Typography.Title>
          {canWrite && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(newAnnouncementPath)}
              data-testid="announcement-new"
            >
              {t('announce.new')}
            </Button>
          )}
        </Flex>
        <div style={{ overflowX: 'auto' }}>
          <Segmented<Box>
            block={compact}
            value={box}
            onChange={(next) => void navigate(boxPath(next))}
            options={boxes.map((value) => ({
              value,
              label: <span data-testid={`announcement-box-${value}`}>{t(`announce.boxes.${value}`)}</span>,
            }))}
          />
        </div>
        <ListFilters value={filters} onChange={setFilters} />
      </Flex>
      <div style={{ borderTop: `1px solid ${token.colorBorderSecondary}` }}>{body}</div>
      <div ref={loadMore} style={{ minHeight: 1 }}>
        {list.isFetchingNextPage && (
          <Flex justify="center" style={{ padding: 12 }}>
            <Spin size="small" />
          </Flex>
        )}
      </div>
    </Flex>
  );
}
