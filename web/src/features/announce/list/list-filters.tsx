import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../api/reading';
import type { DayRange } from './list-items';

export interface Filters {
  q: string;
  category?: string;
  range?: DayRange;
}

/** The search box, and behind the filter button a category and a date range (shown at once when one is set). */
export function ListFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const active = (value.category ? 1 : 0) + (value.range ? 1 : 0);
  const [open, setOpen] = useState(active > 0);
  const chinese = i18n.language === 'zh-CN';
  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('announce.searchPlaceholder')}
          value={value.q}
          onChange={(event) => onChange({ ...value, q: event.target.value })}
          data-testid="announcement-search"
        />
        <Badge count={active} size="small">
          <Button
            icon={<FilterOutlined />}
            aria-label={t('announce.filters')}
            aria-expanded={open}
            type={open ? 'primary' : 'default'}
            ghost={open}
            onClick={() => setOpen(!open)}
            data-testid="announcement-filters"
          />
        </Badge>
      </Flex>
      {open && (
        <Flex gap={8} wrap>
          <Select
            allowClear
            style={{ flex: '1 1 120px', minWidth: 0 }}
            placeholder={t('announce.allCategories')}
            loading={categories.isLoading}
            value={value.category}
            onChange={(category?: string) => onChange({ ...value, category })}
            options={(categories.data ?? []).map((category) => ({
              value: category.key,
              label: chinese ? category.name.zh : category.name.en,
            }))}
            data-testid="announcement-category"
          />
          <DatePicker.RangePicker
            allowEmpty={[false, false]}
            style={{ flex: '1 1 200px', minWidth: 0 }}
            value={value.range ? [dayjs(value.range.from), dayjs(value.range.to)] : null}
            onChange={(dates) =>
              onChange({
                ...value,
                range:
                  dates?.[0] && dates[1]
                    ? { from: dates[0].format('YYYY-MM-DD'), to: dates[1].format('YYYY-MM-DD') }
                    : undefined,
              })
            }
            data-testid="announcement-dates"
          />
        </Flex>
      )}
    </Flex>
  );
}
