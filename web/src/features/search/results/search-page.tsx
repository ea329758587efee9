import { Alert, Button, Flex, Segmented, Tabs, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../../shared/api/problem';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { Loading } from '../../../shared/ui/page-state';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import {
  type Hit,
  isSearchable,
  SEARCH_KINDS,
  type SearchGroup,
  type SearchKind,
  type SearchSort,
  useSearch,
  useSearchPages,
} from '../api/search';
import { HitRow } from '../hit-row';
import { kindLabel } from '../kinds';
import { searchPath } from '../search-path';
import { SearchHint } from '../search-hint';
import { FilterBar } from './filter-bar';
import { QueryBox } from './query-box';

function toParams(path: string): URLSearchParams {
  return new URLSearchParams(path.slice(path.indexOf('?') + 1));
}

function asKind(value: string | null): SearchKind | undefined {
  return SEARCH_KINDS.find((kind) => kind === value);
}

/** `/search?q=…&kind=…&sort=…`: every hit of a query, by kind, a page at a time. */
export function SearchPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const kind = asKind(params.get('kind'));
  const sort: SearchSort = params.get('sort') === 'date' ? 'date' : 'relevance';
  const [text, setText] = useState(urlQuery);
  // a new query from elsewhere (the palette's "see all") replaces what is being edited here
  const [seen, setSeen] = useState(urlQuery);
  if (urlQuery !== seen) {
    setSeen(urlQuery);
    setText(urlQuery);
  }
  const typed = useDebouncedValue(text, 250);
  useEffect(() => {
    // only a settled edit moves the address (a query from elsewhere leaves `typed` behind for a moment)
    if (typed === text && typed !== urlQuery) {
      setParams(toParams(searchPath({ q: typed, kind, sort })), { replace: true });
    }
  }, [typed, text, urlQuery, kind, sort, setParams]);

  const go = (next: { kind?: SearchKind; sort?: SearchSort }) =>
    setParams(toParams(searchPath({ q: urlQuery, kind: next.kind, sort: next.sort ?? sort })));
  const overview = useSearch(urlQuery, sort);
  const totals = new Map(overview.data?.groups.map((group) => [group.kind, group.total]));

  return (
    <div style={{ maxWidth: 880, margin: '0 auto', padding: isPhone ? 12 : '20px 24px' }} data-testid="search-page">
      <Flex vertical gap={12}>
        <QueryBox value={text} onChange={setText} />
        <FilterBar query={text} onChange={setText} />
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Tabs
            activeKey={kind ?? 'all'}
            onChange={(key) => go({ kind: asKind(key) })}
            style={{ marginBottom: -16, minWidth: 0, flex: 1 }}
            items={[
              { key: 'all', label: <span data-testid="search-tab-all">{t('search.all')}</span> },
              ...SEARCH_KINDS.map((value) => ({
                key: value,
                label: (
                  <span data-testid={`search-tab-${value}`}>
                    {kindLabel(t, value)}
                    {isSearchable(urlQuery) && overview.data && (
                      <Typography.Text type="secondary"> {totals.get(value) ?? 0}</Typography.Text>
                    )}
                  </span>
                ),
              })),
            ]}
          />
          <Segmented<SearchSort>
            size="small"
            value={sort}
            onChange={(value) => go({ kind, sort: value })}
            options={[
              { value: 'relevance', label: t('search.sort.relevance') },
              { value: 'date', label: t('search.sort.date') },
            ]}
            data-testid="search-sort"
          />
        </Flex>
        <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 8 }}>
          {!isSearchable(urlQuery) ? (
            <SearchHint />
          ) : kind ? (
            <KindResults q={urlQuery} kind={kind} sort={sort} />
          ) : (
            <AllResults overview={overview} onKind={(value) => go({ kind: value })} />
          )}
        </div>
      </Flex>
    </div>
  );
}

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'client.unexpected' });
  return <Alert type="warning" showIcon title={problemMessage(problem, t)} data-testid="search-problem" />;
}

function Nothing() {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ display: 'block', padding: 12 }} data-testid="search-nothing">
      {t('search.nothing')}
    </Typography.Text>
  );
}

function Hits({ hits }: { hits: Hit[] }) {
  return hits.map((hit) => <HitLink key={`${hit.kind}-${hit.id}`} hit={hit} />);
}

function HitLink({ hit }: { hit: Hit }) {
  const [hovered, setHovered] = useState(false);
  return (
    <Link
      to={hit.link}
      style={{ display: 'block', color: 'inherit' }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <HitRow hit={hit} active={hovered} />
    </Link>
  );
}

function AllResults({
  overview,
  onKind,
}: {
  overview: ReturnType<typeof useSearch>;
  onKind: (kind: SearchKind) => void;
}) {
  if (overview.isError) return <Problem error={overview.error} />;
  if (!overview.data) return <Loading />;
  if (overview.data.groups.length === 0) return <Nothing />;
  return overview.data.groups.map((group) => <GroupSection key={group.kind} group={group} onKind={onKind} />);
}

function GroupSection({ group, onKind }: { group: SearchGroup; onKind: (kind: SearchKind) => void }) {
  const { t } = useTranslation();
  const known = asKind(group.kind);
  return (
    <section data-testid="search-group" style={{ marginBottom: 8 }}>
      <Flex justify="space-between" align="center" style={{ padding: '4px 12px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('search.groupTitle', { kind: kindLabel(t, group.kind), count: group.total })}
        </Typography.Text>
        {known && group.total > group.hits.length && (
          <Button type="link" size="small" onClick={() => onKind(known)} data-testid={`search-more-${group.kind}`}>
            {t('search.seeAllOfKind', { count: group.total })}
          </Button>
        )}
      </Flex>
      <Hits hits={group.hits} />
    </section>
  );
}

function KindResults({ q, kind, sort }: { q: string; kind: SearchKind; sort: SearchSort }) {
  const { t } = useTranslation();
  const pages = useSearchPages(q, kind, sort);
  if (pages.isError) return <Problem error={pages.error} />;
  if (!pages.data) return <Loading />;
  const hits = pages.data.pages.flatMap((page) => page.groups[0]?.hits ?? []);
  if (hits.length === 0) return <Nothing />;
  return (
    <>
      <Hits hits={hits} />
      {pages.hasNextPage && (
        <Flex justify="center" style={{ padding: 8 }}>
          <Button
            onClick={() => void pages.fetchNextPage()}
            loading={pages.isFetchingNextPage}
            data-testid="search-load-more"
          >
            {t('search.loadMore')}
          </Button>
        </Flex>
      )}
    </>
  );
}
