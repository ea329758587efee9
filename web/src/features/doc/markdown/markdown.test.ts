// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { markdownToHtml } from './from-markdown';
import { toMarkdown } from './to-markdown';

function importMarkdown(markdown: string): JSONContent {
  const editor = new Editor({
    extensions: documentExtensions({ collaborative: false }),
    content: markdownToHtml(markdown),
  });
  const json = editor.getJSON();
  editor.destroy();
  return json;
}

const roundTrip = (markdown: string) => toMarkdown(importMarkdown(markdown));

const DOCUMENT = `# 项目周报

Some **bold**, *italic*, ~~struck~~ and \`inline code\` with a [link](https://example.com/a).

## Lists

- one
- two
  - nested
- three

1. first
2. second

- [ ] open task
- [x] done task

| 名称 | 状态 |
| --- | --- |
| 设计 | 完成 |
| Build | *running* |

\`\`\`java
class A {
  int x = 1;
}
\`\`\`

> quoted line
>
> second paragraph

> [!WARNING]
> Mind the gap.

Ask [@王芳](/directory/people/0190b7a2-4a1c-7cc0-8d1b-3f7f0c2a9e11) about it.

---

![diagram](/api/v1/files/0190b7a2-4a1c-7cc0-8d1b-3f7f0c2a9e12)
`;

describe('Markdown import and export', () => {
  it('gives back the same Markdown for every kind of block a page holds', () => {
    expect(roundTrip(DOCUMENT)).toBe(DOCUMENT);
  });

  it('imports headings, checklists, tables, code and quotes as the editor’s own nodes', () => {
    const types = (importMarkdown(DOCUMENT).content ?? []).map((node) => node.type);
    expect(types).toEqual([
      'heading',
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'taskList',
      'table',
      'codeBlock',
      'blockquote',
      'callout',
      'paragraph',
      'horizontalRule',
      'image',
    ]);
    const tasks = importMarkdown('- [ ] a\n- [x] b\n').content?.[0].content ?? [];
    expect(tasks.map((item) => item.attrs?.checked)).toEqual([false, true]);
    const code = importMarkdown('```ts\nlet a = 1;\n```\n').content?.[0];
    expect(code?.attrs?.language).toBe('ts');
  });

  it('shows raw HTML as text instead of running it', () => {
    const json = importMarkdown('<img src=x onerror="alert(1)">\n\nok <b>bold</b>\n');
    expect(JSON.stringify(json)).not.toContain('"image"');
    expect(toMarkdown(json)).toContain('\\<img src=x onerror="alert(1)"\\>');
  });

  it('escapes text that would otherwise read as Markdown', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '# not a heading *nor emphasis*' }] }],
    };
    expect(toMarkdown(doc)).toBe('\\# not a heading \\*nor emphasis\\*\n');
    expect(toMarkdown(importMarkdown(toMarkdown(doc)))).toBe(toMarkdown(doc));
  });
});
