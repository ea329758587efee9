export interface FlatDepartment {
  id: string;
  name: string;
  parentId?: string;
}

export interface DepartmentNode<T extends FlatDepartment> {
  department: T;
  children: DepartmentNode<T>[];
}

/** Builds the tree from the flat list; a department whose parent is unknown becomes a root. Siblings keep name order. */
export function buildDepartmentTree<T extends FlatDepartment>(departments: readonly T[]): DepartmentNode<T>[] {
  const nodes = new Map(
    departments.map((department) => [department.id, { department, children: [] as DepartmentNode<T>[] }]),
  );
  const roots: DepartmentNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: DepartmentNode<T>[]) => {
    list.sort((a, b) => a.department.name.localeCompare(b.department.name, 'zh-CN'));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The ids of a department and everything below it (to forbid moving a department under itself). */
export function subtreeIds<T extends FlatDepartment>(departments: readonly T[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && result.has(department.parentId) && !result.has(department.id)) {
        result.add(department.id);
        grew = true;
      }
    }
  }
  return result;
}

export interface TreeDataNode {
  key: string;
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeDataNode[];
}

/** Maps the tree to the shape antd's Tree and TreeSelect read. */
export function toTreeData<T extends FlatDepartment>(
  nodes: DepartmentNode<T>[],
  disabled: Set<string> = new Set(),
): TreeDataNode[] {
  return nodes.map(({ department, children }) => ({
    key: department.id,
    value: department.id,
    title: department.name,
    disabled: disabled.has(department.id),
    children: toTreeData(children, disabled),
  }));
}
