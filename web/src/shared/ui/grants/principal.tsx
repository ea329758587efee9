import { ApartmentOutlined, GlobalOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery, groupsQuery, personQuery } from '../../api/org-queries';
import { DepartmentSelect } from '../department-select';
import { PersonPicker } from '../person-picker';

/** Whom a grant names: the kinds every resource's grants share (`access`'s principals). */
export type PrincipalKind = 'DEPARTMENT' | 'PERSON' | 'GROUP' | 'COMPANY';

/** Whom a grant or a restriction names: a department's subtree, a person, a group, or (grants only) the company. */
export interface Principal<K extends PrincipalKind = PrincipalKind> {
  kind: K;
  id?: string;
  name?: string;
}

export const samePrincipal = (a: Principal, b: Principal) => a.kind === b.kind && (a.id ?? null) === (b.id ?? null);

const ICON = {
  DEPARTMENT: <ApartmentOutlined />,
  PERSON: <UserOutlined />,
  GROUP: <TeamOutlined />,
  COMPANY: <GlobalOutlined />,
};

/** The name of what a principal names, from the answer when it carries one, else from the directory. */
function usePrincipalName(principal: Principal): string | undefined {
  const departments = useQuery({ ...departmentsQuery, enabled: principal.kind === 'DEPARTMENT' && !principal.name });
  const person = useQuery({
    ...personQuery(principal.id ?? ''),
    enabled: principal.kind === 'PERSON' && !principal.name && !!principal.id,
  });
  const groups = useQuery({ ...groupsQuery, enabled: principal.kind === 'GROUP' && !principal.name });
  if (principal.name) return principal.name;
  if (principal.kind === 'GROUP') return groups.data?.find((group) => group.id === principal.id)?.name;
  if (principal.kind === 'DEPARTMENT')
    return departments.data?.find((department) => department.id === principal.id)?.name;
  return person.data?.name;
}

/** In plain words: "研发部 and its sub-departments", a person's name, or "everyone in the company". */
export function PrincipalLabel({ principal, suffix }: { principal: Principal; suffix?: string }) {
  const { t } = useTranslation();
  const name = usePrincipalName(principal) ?? t('principal.unknown');
  const text =
    principal.kind === 'COMPANY'
      ? t('principal.COMPANY')
      : principal.kind === 'DEPARTMENT'
        ? t('principal.DEPARTMENT', { name })
        : name;
  return (
    <Flex gap={6} align="center" style={{ minWidth: 0 }} data-testid="principal-label">
      {ICON[principal.kind]}
      <span style={{ overflowWrap: 'anywhere' }}>
        {text}
        {suffix}
      </span>
    </Flex>
  );
}

interface PrincipalPickerProps<K extends PrincipalKind> {
  kinds: K[];
  onPick: (principal: Principal<K>) => void;
  /** Beside the Add button, e.g. the role to grant. */
  extra?: React.ReactNode;
  disabled?: boolean;
}

/** Picks a department (with its sub-departments), a person or the company with the shared org pickers, then adds it. */
export function PrincipalPicker<K extends PrincipalKind>({ kinds, onPick, extra, disabled }: PrincipalPickerProps<K>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<K>(kinds[0]);
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [groupId, setGroupId] = useState<string | undefined>();
  const groups = useQuery({ ...groupsQuery, enabled: (kinds as PrincipalKind[]).includes('GROUP') });
  const id = { DEPARTMENT: departmentId, PERSON: personIds[0], GROUP: groupId, COMPANY: undefined }[
    kind as PrincipalKind
  ];
  const ready = kind === 'COMPANY' || id !== undefined;

  const add = () => {
    onPick({ kind, id });
    setDepartmentId(undefined);
    setPersonIds([]);
    setGroupId(undefined);
  };

  return (
    <Flex vertical gap={8} data-testid="principal-picker">
      <Segmented<K>
        value={kind}
        onChange={setKind}
        options={kinds.map((value) => ({ value, label: t(`principal.kind.${value}`) }))}
        data-testid="principal-kind"
      />
      <Flex gap={8} wrap align="center">
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          {kind === 'DEPARTMENT' && (
            <DepartmentSelect value={departmentId} onChange={setDepartmentId} data-testid="principal-department" />
          )}
          {kind === 'PERSON' && (
            <PersonPicker value={personIds} onChange={setPersonIds} data-testid="principal-person" />
          )}
          {kind === 'GROUP' && (
            <Select
              value={groupId}
              onChange={setGroupId}
              showSearch={{ optionFilterProp: 'label' }}
              options={groups.data?.map((group) => ({ value: group.id, label: group.name }))}
              loading={groups.isLoading}
              placeholder={t('principal.chooseGroup')}
              style={{ width: '100%' }}
              data-testid="principal-group"
            />
          )}
          {kind === 'COMPANY' && <span>{t('principal.COMPANY')}</span>}
        </div>
        {extra}
        <Button
          onClick={add}
          disabled={!ready || disabled}
          title={ready ? undefined : t('grants.pickFirst')}
          data-testid="principal-add"
        >
          {t('grants.add')}
        </Button>
      </Flex>
    </Flex>
  );
}
