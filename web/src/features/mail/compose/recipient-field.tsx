import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import type { Recipient } from '../api/types';
import { contactsQuery, parseRecipient } from './contacts';

/** To, Cc or Bcc: people completed from the contacts by name or pinyin, or any address typed whole. */
export function RecipientField({
  value,
  onChange,
  placeholder,
  testId,
}: {
  value: Recipient[];
  onChange: (recipients: Recipient[]) => void;
  placeholder: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const contacts = useQuery(contactsQuery(q));
  const known = new Map<string, Recipient>();
  [...value, ...(contacts.data ?? [])].forEach((person) => known.set(person.address, person));
  const options = (contacts.data ?? []).map((person) => ({
    value: person.address,
    label: (
      <span data-testid="mail-contact">
        {person.name ? `${person.name} <${person.address}>` : person.address}
        {person.detail && <span style={{ opacity: 0.6 }}> · {person.detail}</span>}
      </span>
    ),
  }));
  return (
    <Select
      mode="tags"
      variant="borderless"
      data-testid={testId}
      value={value.map((person) => person.address)}
      tokenSeparators={[',', ';', '，', '；', ' ']}
      onChange={(addresses: string[]) =>
        onChange(
          addresses.flatMap((typed) => {
            const person = known.get(typed) ?? parseRecipient(typed);
            return person ? [person] : [];
          }),
        )
      }
      showSearch={{ filterOption: false, onSearch: setSearch }}
      labelRender={({ value: address }) => {
        const person = known.get(String(address));
        return person?.name || String(address);
      }}
      options={options}
      loading={contacts.isFetching}
      placeholder={placeholder}
      notFoundContent={q ? t('mail.compose.typeAddress') : null}
      style={{ width: '100%' }}
    />
  );
}
