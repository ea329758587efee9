// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { checklistItemAt, taskPath } from './checklist-task';

const LI = '0190f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e';
const mention = (id: string, name: string) =>
  `<a data-type="mention" data-id="${id}" data-label="${name}">@${name}</a>`;

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function page(html: string): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: documentExtensions({ collaborative: false }),
  });
  editor.commands.setContent(html);
  return editor;
}

/** Puts the cursor inside the first text that contains `text`. */
function cursorIn(editor: Editor, text: string) {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text?.includes(text)) at = pos + 1;
  });
  editor.commands.setTextSelection(at);
}

const checklist = (items: string) => `<ul data-type="taskList">${items}</ul>`;
const item = (content: string, nested = '') =>
  `<li data-type="taskItem" data-checked="false"><p>${content}</p>${nested}</li>`;

describe('a checklist item as a task', () => {
  it('is its own text without mentions, for the people mentioned on it', () => {
    const doc = page(checklist(item(`提交 ${mention(LI, '李雷')} 报销单`, checklist(item('子项')))));
    cursorIn(doc, '报销单');
    const found = checklistItemAt(doc.state);
    expect(found).toMatchObject({ title: '提交 报销单', personIds: [LI], linked: false });
    // its link goes right after its own text, not after the nested list
    if (!found) throw new Error('no checklist item at the cursor');
    doc.chain().insertContentAt(found.end, ' →').run();
    expect(doc.getHTML()).toContain('报销单 →</p>');
  });

  it('says it links to a task once it does', () => {
    const doc = page(checklist(item(`Ship ${mention(LI, 'Li')} <a href="${taskPath('t1')}">Task</a>`)));
    cursorIn(doc, 'Ship');
    expect(checklistItemAt(doc.state)?.linked).toBe(true);
  });

  it('is nothing outside a checklist, or for an item of mentions only', () => {
    const doc = page(`<p>plain text</p>${checklist(item(mention(LI, '李雷')))}`);
    cursorIn(doc, 'plain');
    expect(checklistItemAt(doc.state)).toBeNull();
    doc.commands.setTextSelection(doc.state.doc.content.size - 2);
    expect(checklistItemAt(doc.state)).toBeNull();
  });
});
