import { Tree } from 'antd';
import { useMemo } from 'react';
import { buildDepartmentTree, toTreeData } from '../../../shared/lib/department-tree';
import type { Department } from '../api/departments';

interface DepartmentTreeProps {
  departments: Department[];
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
}

/** The organisation as an expandable tree, built from the flat department list. */
export function DepartmentTree({ departments, selectedId, onSelect }: DepartmentTreeProps) {
  const treeData = useMemo(() => toTreeData(buildDepartmentTree(departments)), [departments]);
  const counts = useMemo(
    () => new Map(departments.map((department) => [department.id, department.memberCount])),
    [departments],
  );
  const expanded = useMemo(
    () => departments.filter((department) => department.path.length <= 1).map((department) => department.id),
    [departments],
  );
  return (
    <div data-testid="dept-tree">
      <Tree
        blockNode
        treeData={treeData}
        defaultExpandedKeys={expanded}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
        titleRender={(node) => (
          <span>
            {node.title} <span style={{ opacity: 0.5 }}>{counts.get(node.key)}</span>
          </span>
        )}
      />
    </div>
  );
}
