import { FileTextOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../../shared/api/client';
import { useUnfurl } from '../../../shared/links/link-card';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';

interface PageOption {
  id: string;
  title: string;
  space?: string;
}

/** Knowledge-base pages the person may read that match the typed words, from the one search. */
function usePageSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'page', 'pick', q],
    queryFn: () => body(api.GET('/api/v1/search', { params: { query: { q, kind: 'page', size: 10 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

/**
 * The chosen page's title as its card tells it (`POST /unfurl`), so an editor who may not read the
 * page learns nothing of it; undefined while it loads or when there is no card.
 */
function useChosenTitle(pageId: string | null | undefined): string | undefined {
  const cards = useUnfurl(pageId ? [`${window.location.origin}/docs/pages/${pageId}`] : []);
  return cards.data?.cards[0]?.preview?.title;
}

/** The event's agenda or minutes page: searched by title or text, shown by title, cleared with ×. */
export function PageField({ value, onChange }: { value?: string | null; onChange: (pageId: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = usePageSearch(q);
  const [picked, setPicked] = useState<PageOption>();
  const cardTitle = useChosenTitle(value && picked?.id !== value ? value : null);
  const hits: PageOption[] = (found.data?.groups[0]?.hits ?? []).map((hit) => ({
    id: hit.id,
    title: hit.title.map((segment) => segment.text).join(''),
    space: hit.containerName,
  }));
  // the chosen page stays an option while the search shows others, so the field keeps its title
  const chosen: PageOption[] =
    value && !hits.some((hit) => hit.id === value)
      ? [{ id: value, title: picked?.id === value ? picked.title : (cardTitle ?? t('calendar.editor.pageUnreadable')) }]
      : [];
  const options = [...chosen, ...hits];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(pageId?: string) => {
        setPicked(options.find((option) => option.id === pageId));
        onChange(pageId ?? null);
      }}
      options={options.map((option) => ({
        value: option.id,
        label: (
          <Space size={6} data-testid="event-page-option">
            <FileTextOutlined />
            {option.title}
            {option.space && <Typography.Text type="secondary">{option.space}</Typography.Text>}
          </Space>
        ),
      }))}
      loading={found.isFetching}
      placeholder={t('calendar.editor.pagePlaceholder')}
      notFoundContent={t(q ? 'calendar.editor.pageNotFound' : 'calendar.editor.pageTypeToSearch')}
      allowClear
      style={{ width: '100%' }}
      data-testid="event-page"
    />
  );
}
