import { describe, expect, it } from 'vitest';
import type { PageNode } from '../api/types';
import { buildTree, countBelow, dropTarget, pathTo } from './page-tree';

const node = (id: string, parentId: string | null, position: number): PageNode => ({
  id,
  parentId: parentId ?? undefined,
  position,
  title: id,
  tags: [],
  archived: false,
  restricted: false,
  updatedAt: '2026-11-25T10:00:00Z',
});

// a
//   a1
//   a2
//     a21
// b
// c
const NODES = [
  node('b', null, 1),
  node('a', null, 0),
  node('a2', 'a', 1),
  node('a1', 'a', 0),
  node('a21', 'a2', 0),
  node('c', null, 2),
];

describe('the page tree', () => {
  it('nests the flat list with siblings in order', () => {
    const tree = buildTree(NODES);
    expect(tree.map((item) => item.key)).toEqual(['a', 'b', 'c']);
    expect(tree[0].children.map((item) => item.key)).toEqual(['a1', 'a2']);
    expect(tree[0].children[1].children.map((item) => item.key)).toEqual(['a21']);
  });

  it('finds a page’s ancestors from the top down', () => {
    expect(pathTo(NODES, 'a21').map((page) => page.id)).toEqual(['a', 'a2', 'a21']);
  });

  it('turns a drop into the parent and the index among the new siblings without the page itself', () => {
    expect(dropTarget(NODES, 'c', 'a', 'before')).toEqual({ parentId: null, position: 0 });
    expect(dropTarget(NODES, 'a', 'c', 'after')).toEqual({ parentId: null, position: 2 });
    expect(dropTarget(NODES, 'a', 'b', 'after')).toEqual({ parentId: null, position: 1 });
    expect(dropTarget(NODES, 'c', 'a1', 'after')).toEqual({ parentId: 'a', position: 1 });
    expect(dropTarget(NODES, 'a1', 'b', 'inside')).toEqual({ parentId: 'b', position: 0 });
    expect(dropTarget(NODES, 'a21', 'a1', 'before')).toEqual({ parentId: 'a', position: 0 });
  });

  it('refuses to drop a page into itself or its subtree, and ignores drops that change nothing', () => {
    expect(dropTarget(NODES, 'a', 'a21', 'inside')).toBeNull();
    expect(dropTarget(NODES, 'a', 'a2', 'after')).toBeNull();
    expect(dropTarget(NODES, 'a', 'a', 'before')).toBeNull();
    expect(dropTarget(NODES, 'b', 'a', 'after')).toBeNull();
    expect(dropTarget(NODES, 'b', 'c', 'before')).toBeNull();
  });
});

describe('countBelow', () => {
  it('counts the pages under an item at every depth', () => {
    const [a, b] = buildTree(NODES);
    expect(countBelow(a)).toBe(3);
    expect(countBelow(b)).toBe(0);
  });
});
