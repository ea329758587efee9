import { List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import type { PersonSummary } from '../api/people';

interface PeopleListProps {
  people: PersonSummary[];
  loading: boolean;
  selectedId?: string;
  onOpen: (id: string) => void;
  emptyText: string;
}

export function PeopleList({ people, loading, selectedId, onOpen, emptyText }: PeopleListProps) {
  const { t } = useTranslation();
  return (
    <List
      loading={loading}
      dataSource={people}
      locale={{ emptyText }}
      renderItem={(person) => (
        <List.Item
          data-testid="person-item"
          onClick={() => onOpen(person.id)}
          style={{
            cursor: 'pointer',
            paddingInline: 16,
            background: person.id === selectedId ? 'rgba(47,111,222,0.08)' : undefined,
          }}
        >
          <List.Item.Meta
            avatar={<PersonAvatar name={person.name} color={person.avatarColor} />}
            title={
              <a
                href={`/directory/people/${person.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(person.id);
                }}
              >
                {person.name}
                {person.status === 'SUSPENDED' && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('person.suspended')}
                  </Tag>
                )}
              </a>
            }
            description={[person.title, person.departmentName].filter(Boolean).join(' · ') || person.email}
          />
        </List.Item>
      )}
    />
  );
}
