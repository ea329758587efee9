import { describe, expect, it } from 'vitest';
import { MAX_TASK_TITLE, taskTitleFrom } from './task-title';

const LI = '0190a0b1-7c3d-7e4f-8a5b-6c7d8e9f0a1b';
const names = (id: string) => (id === LI ? '李雷' : undefined);

describe('a task title proposed from a message', () => {
  it('is the first line of text, mentions by name, links by their text, without Markdown marks', () => {
    expect(taskTitleFrom(`\n> <@${LI}> 请**周五前**提交 [报销单](/docs/pages/x)\n第二行`, names)).toBe(
      '@李雷 请周五前提交 报销单',
    );
  });

  it('drops mentions of people it cannot name and keeps @all', () => {
    expect(taskTitleFrom(`<@0190a0b1-0000-7e4f-8a5b-6c7d8e9f0a1b> <@all> ship \`v2\``, names)).toBe('@all ship v2');
  });

  it('is cut at the server’s limit, counted in characters', () => {
    const title = taskTitleFrom('任'.repeat(MAX_TASK_TITLE + 20), names);
    expect([...title]).toHaveLength(MAX_TASK_TITLE);
    expect(title.endsWith('…')).toBe(true);
  });
});
