import { ApartmentOutlined, CloseOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Form, Select, Switch, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../shared/api/problem';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { departmentsQuery, personQuery } from '../../../shared/api/org-queries';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { groupsQuery, useAudienceSize } from '../api/writing';
import { audienceIsEmpty, audienceRequest, type AudienceModel } from './audience';

function PersonTag({ id, onRemove, testId }: { id: string; onRemove: () => void; testId: string }) {
  const person = useQuery(personQuery(id));
  return (
    <Tag icon={<UserOutlined />} closable onClose={onRemove} data-testid={testId}>
      {person.data?.name ?? '…'}
    </Tag>
  );
}

interface AudiencePickerProps {
  value: AudienceModel;
  onChange: (next: AudienceModel) => void;
}

/**
 * Whom the announcement goes to: the whole company, or departments (each with or without its
 * sub-departments), groups and people; minus excluded people. Shows how many people that is, as the
 * server counts it for me (only those I may address).
 */
export function AudiencePicker({ value, onChange }: AudiencePickerProps) {
  const { t } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const groups = useQuery(groupsQuery);
  const request = useDebouncedValue(useMemo(() => audienceRequest(value), [value]));
  const empty = audienceIsEmpty(request);
  const size = useAudienceSize(request, !empty);
  const set = (patch: Partial<AudienceModel>) => onChange({ ...value, ...patch });
  const departmentName = (id: string) => departments.data?.find((department) => department.id === id)?.name ?? '…';

  return (
    <Flex vertical gap={12} data-testid="audience-picker">
      <Checkbox
        checked={value.company}
        onChange={(event) => set({ company: event.target.checked })}
        data-testid="audience-company"
      >
        {t('announce.write.audience.company')}
      </Checkbox>
      {!value.company && (
        <>
          <Form.Item label={t('announce.write.audience.departments')} style={{ marginBottom: 0 }}>
            <Flex vertical gap={6}>
              {value.departments.map((department) => (
                <Flex key={department.id} align="center" gap={8} wrap data-testid="audience-department">
                  <ApartmentOutlined />
                  <Typography.Text style={{ flex: '1 1 120px', minWidth: 0 }} ellipsis>
                    {departmentName(department.id)}
                  </Typography.Text>
                  <Switch
                    size="small"
                    checked={department.subtree}
                    onChange={(subtree) =>
                      set({
                        departments: value.departments.map((other) =>
                          other.id === department.id ? { ...other, subtree } : other,
                        ),
                      })
                    }
                    data-testid="audience-department-subtree"
                  />
                  <span>{t('announce.write.audience.subtree')}</span>
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={t('announce.write.audience.remove')}
                    onClick={() =>
                      set({ departments: value.departments.filter((other) => other.id !== department.id) })
                    }
                  />
                </Flex>
              ))}
              <DepartmentSelect
                value={undefined}
                onChange={(id) =>
                  id &&
                  !value.departments.some((department) => department.id === id) &&
                  set({ departments: [...value.departments, { id, subtree: true }] })
                }
                placeholder={t('announce.write.audience.addDepartment')}
                data-testid="audience-add-department"
              />
            </Flex>
          </Form.Item>
          <Form.Item label={t('announce.write.audience.groups')} style={{ marginBottom: 0 }}>
            <Select
              mode="multiple"
              value={value.groups}
              onChange={(ids: string[]) => set({ groups: ids })}
              loading={groups.isLoading}
              optionFilterProp="label"
              options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
              suffixIcon={<TeamOutlined />}
              placeholder={t('announce.write.audience.addGroups')}
              data-testid="audience-groups"
            />
          </Form.Item>
          <Form.Item label={t('announce.write.audience.people')} style={{ marginBottom: 0 }}>
            <Flex vertical gap={6}>
              {value.people.length > 0 && (
                <Flex wrap gap={4}>
                  {value.people.map((id) => (
                    <PersonTag
                      key={id}
                      id={id}
                      testId="audience-person"
                      onRemove={() => set({ people: value.people.filter((other) => other !== id) })}
                    />
                  ))}
                </Flex>
              )}
              <PersonPicker
                value={[]}
                onChange={([id]) => id && !value.people.includes(id) && set({ people: [...value.people, id] })}
                placeholder={t('announce.write.audience.addPeople')}
                data-testid="audience-add-person"
              />
            </Flex>
          </Form.Item>
        </>
      )}
      <Form.Item label={t('announce.write.audience.excluded')} style={{ marginBottom: 0 }}>
        <Flex vertical gap={6}>
          {value.excludedPeople.length > 0 && (
            <Flex wrap gap={4}>
              {value.excludedPeople.map((id) => (
                <PersonTag
                  key={id}
                  id={id}
                  testId="audience-excluded"
                  onRemove={() => set({ excludedPeople: value.excludedPeople.filter((other) => other !== id) })}
                />
              ))}
            </Flex>
          )}
          <PersonPicker
            value={[]}
            onChange={([id]) =>
              id && !value.excludedPeople.includes(id) && set({ excludedPeople: [...value.excludedPeople, id] })
            }
            placeholder={t('announce.write.audience.addExcluded')}
            data-testid="audience-add-excluded"
          />
        </Flex>
      </Form.Item>
      <Typography.Text type={empty || size.isError ? 'warning' : undefined} data-testid="audience-size">
        {empty
          ? t('announce.write.audience.empty')
          : size.error instanceof ApiProblem
            ? problemMessage(size.error, t)
            : size.data
              ? t('announce.write.audience.size', { count: size.data.people })
              : t('announce.write.audience.counting')}
      </Typography.Text>
    </Flex>
  );
}
