import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, List, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrincipalLabel, PrincipalPicker, samePrincipal, type Principal, type PrincipalKind } from './principal';

/** One grant of a resource's role to a principal, as every module's grants endpoint answers it. */
export interface Grant<R extends string, K extends PrincipalKind = PrincipalKind> extends Principal<K> {
  role: R;
}

interface GrantsListProps<R extends string, K extends PrincipalKind> {
  grants: Grant<R, K>[];
  /** The resource type's roles, weakest first; the first is what a new grant starts with. */
  roles: readonly R[];
  roleLabel: (role: R) => string;
  kinds: K[];
  /** Replaces the grants as a whole; `before` is the grant changed or removed, if any. */
  onSave: (next: Grant<R, K>[], before?: Grant<R, K>) => void;
  pending: boolean;
  /** Prefixes the list's test ids (`space` gives `space-grants`, `space-grant`, …). */
  testIdPrefix: string;
}

/**
 * Each grant in plain words with its role, changed or removed at once; a department, a person or the
 * whole company added with a role. Every change hands the whole list to `onSave`, so the server's
 * rules (a manager must remain) decide. Doc spaces and task projects share it.
 */
export function GrantsList<R extends string, K extends PrincipalKind>({
  grants,
  roles,
  roleLabel,
  kinds,
  onSave,
  pending,
  testIdPrefix,
}: GrantsListProps<R, K>) {
  const { t } = useTranslation();
  const [role, setRole] = useState<R>(roles[0]);
  const roleOptions = roles.map((value) => ({ value, label: roleLabel(value) }));

  const change = (grant: Grant<R, K>, next: R) =>
    onSave(
      grants.map((other) => (other === grant ? { ...grant, role: next } : other)),
      grant,
    );
  const remove = (grant: Grant<R, K>) =>
    onSave(
      grants.filter((other) => other !== grant),
      grant,
    );
  const add = (principal: Principal<K>) => {
    const existing = grants.find((grant) => samePrincipal(grant, principal));
    onSave(
      existing
        ? grants.map((grant) => (grant === existing ? { ...grant, role } : grant))
        : [...grants, { ...principal, role }],
      existing,
    );
  };

  return (
    <Flex vertical gap={12}>
      <List
        bordered
        dataSource={grants}
        data-testid={`${testIdPrefix}-grants`}
        renderItem={(grant) => (
          <List.Item data-testid={`${testIdPrefix}-grant`} data-kind={grant.kind}>
            <Flex gap={8} align="center" wrap style={{ width: '100%' }}>
              <div style={{ flex: '1 1 200px', minWidth: 0 }}>
                <PrincipalLabel principal={grant} suffix={t('grants.colon')} />
              </div>
              <Select
                size="small"
                variant="borderless"
                value={grant.role}
                options={roleOptions}
                onChange={(next: R) => change(grant, next)}
                disabled={pending}
                style={{ width: 150 }}
                aria-label={t('grants.role')}
                data-testid={`${testIdPrefix}-grant-role`}
              />
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('grants.remove')}
                disabled={pending}
                onClick={() => remove(grant)}
                data-testid={`${testIdPrefix}-grant-remove`}
              />
            </Flex>
          </List.Item>
        )}
      />
      <PrincipalPicker
        kinds={kinds}
        onPick={add}
        disabled={pending}
        extra={
          <Select
            value={role}
            options={roleOptions}
            onChange={setRole}
            style={{ width: 150 }}
            aria-label={t('grants.role')}
            data-testid="grant-role"
          />
        }
      />
    </Flex>
  );
}
