import { describe, expect, it } from 'vitest';
import { buildDepartmentTree, subtreeIds, toTreeData } from './department-tree';

const departments = [
  { id: 'rd', name: '研发部', parentId: 'hq' },
  { id: 'hq', name: '总部' },
  { id: 'platform', name: '平台组', parentId: 'rd' },
  { id: 'finance', name: '财务部', parentId: 'hq' },
  { id: 'orphan', name: 'Orphan', parentId: 'gone' },
];

describe('buildDepartmentTree', () => {
  it('nests children under their parent whatever the input order', () => {
    const roots = buildDepartmentTree(departments);
    const hq = roots.find((node) => node.department.id === 'hq');
    expect(hq?.children.map((node) => node.department.id).sort()).toEqual(['finance', 'rd']);
    expect(hq?.children.find((node) => node.department.id === 'rd')?.children[0].department.id).toBe('platform');
  });

  it('keeps a department with an unknown parent visible as a root', () => {
    expect(buildDepartmentTree(departments).map((node) => node.department.id)).toContain('orphan');
  });

  it('returns no roots for no departments', () => {
    expect(buildDepartmentTree([])).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('holds the department and all its descendants only', () => {
    expect([...subtreeIds(departments, 'rd')].sort()).toEqual(['platform', 'rd']);
  });
});

describe('toTreeData', () => {
  it('marks the given ids disabled', () => {
    const data = toTreeData(buildDepartmentTree(departments), new Set(['hq']));
    const hq = data.find((node) => node.key === 'hq');
    expect(hq?.disabled).toBe(true);
    expect(hq?.children.every((child) => !child.disabled)).toBe(true);
  });
});
