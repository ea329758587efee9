import { useQuery } from '@tanstack/react-query';
import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, body } from '../../../shared/api/client';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { listTime } from './when';

/** The kind the server's search gives mail hits (mail-core's SearchSource). */
export const MAIL_KIND = 'mail.message';

type Segment = { text: string; match?: boolean };
const plain = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

/** Mail found by the global search (the same Chinese-aware index), only in mailboxes I may read. */
export function SearchResults({ q }: { q: string }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const hits = useQuery({
    queryKey: ['mail', 'search', q],
    queryFn: () =>
      body(api.GET('/api/v1/search', { params: { query: { q, kind: MAIL_KIND, sort: 'date', size: 50 } } })),
    enabled: q.trim().length > 0,
  });
  if (hits.isLoading) return <Loading />;
  if (hits.isError) return <LoadFailed error={hits.error} onRetry={() => void hits.refetch()} />;
  const found = hits.data?.groups.flatMap((group) => group.hits) ?? [];
  if (found.length === 0) return <EmptyState text={t('mail.search.none')} />;
  return (
    <div data-testid="mail-search-results">
      {found.map((hit) => (
        <Link key={hit.id} to={hit.link} style={{ color: 'inherit' }} data-testid="mail-search-hit">
          <Flex
            vertical
            style={{
              padding: `${token.paddingXS}px ${token.paddingSM}px`,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Flex justify="space-between" gap={token.marginXS}>
              <Typography.Text ellipsis strong>
                {plain(hit.title)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {listTime(hit.at, i18n.language)}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {hit.authorName ? `${hit.authorName} · ` : ''}
              {plain(hit.snippet)}
            </Typography.Text>
          </Flex>
        </Link>
      ))}
    </div>
  );
}
