import type { PageNode } from '../api/types';

export interface TreeItem {
  key: string;
  title: string;
  node: PageNode;
  children: TreeItem[];
  isLeaf: boolean;
}

/** The flat list the server answers (siblings in order) as nested items for the tree. */
export function buildTree(nodes: PageNode[]): TreeItem[] {
  const items = new Map<string, TreeItem>(
    nodes.map((node) => [node.id, { key: node.id, title: node.title, node, children: [], isLeaf: true }]),
  );
  const roots: TreeItem[] = [];
  const sorted = [...nodes].sort((a, b) => a.position - b.position);
  for (const node of sorted) {
    const item = items.get(node.id) as TreeItem;
    const parent = node.parentId ? items.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(item);
    if (parent) parent.isLeaf = false;
  }
  return roots;
}

/** The page and its ancestors, from the top level down (for breadcrumbs and for opening the tree there). */
export function pathTo(nodes: PageNode[], id: string): PageNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const path: PageNode[] = [];
  let current = byId.get(id);
  while (current && path.length <= nodes.length) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

export function isWithin(nodes: PageNode[], id: string, ancestorId: string): boolean {
  return pathTo(nodes, id).some((node) => node.id === ancestorId);
}

export type DropPlace = 'inside' | 'before' | 'after';

/**
 * Where a dragged page lands, as the move API takes it: the new parent (null: the top level) and
 * the index among the new siblings counted without the page itself. Null when the drop is a no-op
 * or would put a page inside itself.
 */
export function dropTarget(
  nodes: PageNode[],
  dragId: string,
  targetId: string,
  place: DropPlace,
): { parentId: string | null; position: number } | null {
  if (dragId === targetId || isWithin(nodes, targetId, dragId)) return null;
  const target = nodes.find((node) => node.id === targetId);
  const dragged = nodes.find((node) => node.id === dragId);
  if (!target || !dragged) return null;
  const siblingsOf = (parentId: string | null) =>
    nodes
      .filter((node) => (node.parentId ?? null) === parentId && node.id !== dragId)
      .sort((a, b) => a.position - b.position)
      .map((node) => node.id);
  let result: { parentId: string | null; position: number };
  if (place === 'inside') {
    result = { parentId: target.id, position: 0 };
  } else {
    const parentId = target.parentId ?? null;
    const index = siblingsOf(parentId).indexOf(target.id);
    result = { parentId, position: place === 'before' ? index : index + 1 };
  }
  const unchanged = result.parentId === (dragged.parentId ?? null) && result.position === currentIndex(nodes, dragged);
  return unchanged ? null : result;
}

function currentIndex(nodes: PageNode[], page: PageNode): number {
  return nodes
    .filter((node) => (node.parentId ?? null) === (page.parentId ?? null) && node.id !== page.id)
    .filter((node) => node.position < page.position).length;
}

/** How many pages lie below an item, at every depth. */
export function countBelow(item: TreeItem): number {
  return item.children.reduce((sum, child) => sum + 1 + countBelow(child), 0);
}
