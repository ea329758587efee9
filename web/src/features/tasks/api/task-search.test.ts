import { describe, expect, it } from 'vitest';
import { foundTasks } from './task-search';

const hit = (id: string, title: string[], containerName?: string) => ({
  id,
  kind: 'task',
  link: `/tasks/${id}`,
  at: '2026-12-07T08:00:00Z',
  title: title.map((text, i) => ({ text, match: i % 2 === 1 })),
  snippet: [],
  containerName,
});

describe('foundTasks', () => {
  it('joins a hit title’s highlighted parts and keeps its project', () => {
    const results = {
      query: '预算',
      groups: [{ kind: 'task', total: 1, hits: [hit('a', ['季度', '预算', '复盘'], '财务部')] }],
    };
    expect(foundTasks(results, new Set())).toEqual([{ id: 'a', title: '季度预算复盘', projectName: '财务部' }]);
  });

  it('leaves out the task itself, its subtasks and what it waits for already', () => {
    const results = {
      query: 'rel',
      groups: [
        { kind: 'task', total: 3, hits: [hit('self', ['Release']), hit('b', ['Release notes']), hit('c', ['Relay'])] },
      ],
    };
    expect(foundTasks(results, new Set(['self', 'c'])).map((task) => task.id)).toEqual(['b']);
  });
});
