import { Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { PersonPicker } from '../../../shared/ui/person-picker';
import type { TaskPerson } from '../api/types';

/** Assignees or followers: each a chip that can be taken off, and a search that adds one more. */
export function PeopleField({
  people,
  editable,
  onChange,
  testId,
}: {
  people: TaskPerson[];
  editable: boolean;
  onChange: (ids: string[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  // the picker is cleared after each pick: remounted with a new key
  const [round, setRound] = useState(0);
  const ids = people.map((person) => person.id);
  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid={testId}>
      {people.length > 0 && (
        <Flex wrap gap={4}>
          {people.map((person) => (
            <Tag
              key={person.id}
              closable={editable}
              onClose={(event) => {
                event.preventDefault();
                onChange(ids.filter((id) => id !== person.id));
              }}
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 4,
                paddingInlineStart: 2,
                marginInlineEnd: 0,
              }}
              data-testid={`${testId}-person`}
            >
              <PersonAvatar name={person.name} color={person.avatarColor} size={18} />
              {person.name}
            </Tag>
          ))}
        </Flex>
      )}
      {editable && (
        <PersonPicker
          key={round}
          data-testid={`${testId}-add`}
          placeholder={t('tasks.detail.addPerson')}
          onChange={(picked) => {
            const added = picked.filter((id) => !ids.includes(id));
            if (added.length > 0) onChange([...ids, ...added]);
            setRound(round + 1);
          }}
        />
      )}
    </Flex>
  );
}
