import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery } from '../api/org-queries';
import { buildDepartmentTree, toTreeData } from '../lib/department-tree';

interface DepartmentSelectProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  disabledIds?: Set<string>;
  id?: string;
  'data-testid'?: string;
  allowClear?: boolean;
  placeholder?: string;
}

export function DepartmentSelect({
  value,
  onChange,
  disabledIds,
  id,
  allowClear,
  placeholder,
  ...rest
}: DepartmentSelectProps) {
  const { t } = useTranslation();
  const { data = [], isLoading } = useQuery(departmentsQuery);
  const treeData = useMemo(() => toTreeData(buildDepartmentTree(data), disabledIds), [data, disabledIds]);
  return (
    <TreeSelect
      id={id}
      data-testid={rest['data-testid']}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={isLoading}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('picker.chooseDepartment')}
      style={{ width: '100%' }}
    />
  );
}
