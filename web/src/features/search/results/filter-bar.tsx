import { CalendarOutlined, NumberOutlined, UserOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Popover, Segmented, Select, Tag, theme } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { isSearchable, useNameSuggestions } from '../api/search';
import { type FilterName, filtersOf, formatFilter, hasFilter, withFilter, withoutFilter } from '../query/filters';

type DateFilter = 'after' | 'before' | 'on';
const DATE_FILTERS: DateFilter[] = ['after', 'before', 'on'];

/** Clickable filters that write the same text one could type, and show the filters the query holds. */
export function FilterBar({ query, onChange }: { query: string; onChange: (query: string) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const set = (name: FilterName, value: string) => onChange(withFilter(query, { name, value }));
  const toggle = (value: 'file' | 'link') =>
    onChange(
      hasFilter(query, { name: 'has', value })
        ? withoutFilter(query, 'has', value)
        : withFilter(query, { name: 'has', value }),
    );
  const held = filtersOf(query).filter((filter) => filter.name !== 'has');
  return (
    <Flex wrap gap={6} align="center" data-testid="search-filters">
      <NamePicker
        kind="channel"
        icon={<NumberOutlined />}
        label={t('search.filter.in')}
        onPick={(name) => set('in', name)}
      />
      <NamePicker
        kind="person"
        icon={<UserOutlined />}
        label={t('search.filter.from')}
        onPick={(name) => set('from', name)}
      />
      <DatePick onPick={(name, date) => set(name, date)} />
      {(['file', 'link'] as const).map((value) => (
        <Tag.CheckableTag
          key={value}
          checked={hasFilter(query, { name: 'has', value })}
          onChange={() => toggle(value)}
          data-testid={`search-filter-has-${value}`}
          style={{ border: `1px solid ${token.colorBorder}`, paddingBlock: 2 }}
        >
          {t(`search.filter.has.${value}`)}
        </Tag.CheckableTag>
      ))}
      {held.map((filter) => (
        <Tag
          key={formatFilter(filter)}
          color="blue"
          closable
          onClose={(event) => {
            event.preventDefault();
            onChange(withoutFilter(query, filter.name, filter.value));
          }}
          data-testid="search-filter-held"
        >
          {formatFilter(filter)}
        </Tag>
      ))}
    </Flex>
  );
}

/** A channel or person chosen by name, for `in:#` or `from:@`. */
function NamePicker({
  kind,
  icon,
  label,
  onPick,
}: {
  kind: 'channel' | 'person';
  icon: ReactNode;
  label: string;
  onPick: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const prefix = useDebouncedValue(search.trim(), 150);
  const names = useNameSuggestions(kind, prefix);
  const options = isSearchable(prefix)
    ? (names.data?.groups[0]?.hits ?? []).map((hit) => {
        const name = hit.title.map((segment) => segment.text).join('');
        return { value: name, label: name };
      })
    : [];
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      content={
        <Select
          autoFocus
          open
          showSearch={{ filterOption: false, onSearch: setSearch }}
          options={options}
          loading={names.isFetching}
          placeholder={t(kind === 'channel' ? 'search.typeChannel' : 'search.typePerson')}
          notFoundContent={
            prefix ? t('search.nothing') : t(kind === 'channel' ? 'search.typeChannel' : 'search.typePerson')
          }
          onChange={(name: string) => {
            setOpen(false);
            setSearch('');
            onPick(name);
          }}
          style={{ width: 240 }}
          data-testid={`search-filter-${kind}-select`}
        />
      }
    >
      <Button size="small" icon={icon} data-testid={`search-filter-${kind}`}>
        {label}
      </Button>
    </Popover>
  );
}

function DatePick({ onPick }: { onPick: (name: DateFilter, date: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [which, setWhich] = useState<DateFilter>('after');
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <Flex vertical gap={8}>
          <Segmented<DateFilter>
            value={which}
            onChange={setWhich}
            options={DATE_FILTERS.map((value) => ({ value, label: t(`search.filter.${value}`) }))}
            data-testid="search-filter-date-which"
          />
          <DatePicker
            onChange={(date: Dayjs | null) => {
              if (!date) return;
              setOpen(false);
              onPick(which, date.format('YYYY-MM-DD'));
            }}
            data-testid="search-filter-date-picker"
          />
        </Flex>
      }
    >
      <Button size="small" icon={<CalendarOutlined />} data-testid="search-filter-date">
        {t('search.filter.date')}
      </Button>
    </Popover>
  );
}
