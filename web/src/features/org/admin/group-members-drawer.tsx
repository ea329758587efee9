import { Button, Drawer, List, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useGroup, useSetGroupMembers } from '../api/groups';

export function GroupMembersDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { data: group, isLoading, error, refetch } = useGroup(id);
  const setMembers = useSetGroupMembers(id);
  const handleProblem = useProblemHandler();
  const [adding, setAdding] = useState<string[]>([]);
  const memberIds = group?.members.map((member) => member.id) ?? [];
  const save = (personIds: string[]) =>
    setMembers.mutate(personIds, { onSuccess: () => setAdding([]), onError: (problem) => handleProblem(problem) });
  const canEdit = group?.capabilities.canEdit ?? false;

  return (
    <Drawer
      open
      onClose={onClose}
      size={isPhone ? '100%' : 480}
      title={group ? t('admin.groups.membersOf', { name: group.name }) : t('common.loading')}
    >
      {isLoading && <Loading />}
      {!isLoading && !group && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {group && (
        <>
          <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
            <PersonPicker multiple value={adding} onChange={setAdding} data-testid="group-member-picker" />
            <Button
              type="primary"
              disabled={!canEdit || adding.length === 0}
              loading={setMembers.isPending}
              onClick={() => save([...new Set([...memberIds, ...adding])])}
            >
              {t('common.add')}
            </Button>
          </Space.Compact>
          <List
            dataSource={group.members}
            locale={{ emptyText: t('admin.groups.noMembers') }}
            renderItem={(member) => (
              <List.Item
                actions={[
                  <Button
                    key="remove"
                    size="small"
                    disabled={!canEdit}
                    onClick={() => save(memberIds.filter((memberId) => memberId !== member.id))}
                  >
                    {t('common.remove')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  avatar={<PersonAvatar name={member.name} color={member.avatarColor} />}
                  title={member.name}
                  description={member.email}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
