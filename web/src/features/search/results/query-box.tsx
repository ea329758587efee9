import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { type Hit, isSearchable, useNameSuggestions } from '../api/search';
import { HitRow } from '../hit-row';
import { complete, completionAt } from '../query/filters';

/** The query being edited; typing `in:#` or `from:@` offers channels or people to complete it. */
export function QueryBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [caret, setCaret] = useState(value.length);
  const completion = completionAt(value, caret);
  const prefix = useDebouncedValue(completion?.prefix ?? '', 150);
  const names = useNameSuggestions(completion?.kind, prefix);
  const hits = completion && isSearchable(completion.prefix) ? (names.data?.groups[0]?.hits ?? []) : [];
  const options = completion
    ? hits.map((hit: Hit) => ({
        // choosing an option puts its value in the box: the query with the name completed
        value: complete(value, completion, hit.title.map((segment) => segment.text).join('')).query,
        label: <HitRow hit={{ ...hit, snippet: [] }} />,
      }))
    : [];
  return (
    <AutoComplete
      value={value}
      options={options}
      onChange={(next: string) => onChange(next)}
      onSelect={(next: string) => {
        onChange(next);
        setCaret(next.length);
      }}
      style={{ width: '100%' }}
      popupMatchSelectWidth
      data-testid="search-page-query"
    >
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t(isPhone ? 'search.placeholderShort' : 'search.placeholder')}
        aria-label={t('search.placeholder')}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onKeyUp={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        data-testid="search-page-input"
      />
    </AutoComplete>
  );
}
