import { useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleQuery } from '../api/org-queries';
import { PersonAvatar } from './person-avatar';
import { useDebouncedValue } from './use-debounced-value';

interface PersonPickerProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  multiple?: boolean;
  id?: string;
  'data-testid'?: string;
  placeholder?: string;
}

/** Searches people by name, pinyin, e-mail or department and picks one or several. */
export function PersonPicker({ value, onChange, multiple = false, id, placeholder, ...rest }: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useQuery({ ...peopleQuery({ q, size: 20 }), enabled: q.length > 0 });
  const options = (data?.items ?? []).map((person) => ({
    value: person.id,
    label: (
      <Space size={6}>
        <PersonAvatar name={person.name} color={person.avatarColor} size={20} />
        {person.name}
        <span style={{ opacity: 0.6 }}>{person.email}</span>
      </Space>
    ),
  }));
  return (
    <Select
      id={id}
      data-testid={rest['data-testid']}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={multiple ? value : value?.[0]}
      onChange={(next: string | string[] | undefined) =>
        onChange?.(next === undefined ? [] : Array.isArray(next) ? next : [next])
      }
      options={options}
      loading={isFetching}
      placeholder={placeholder ?? t('picker.searchPeople')}
      notFoundContent={q ? t('common.empty') : t('picker.typeToSearch')}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
