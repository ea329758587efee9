// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { markdownToHtml } from '../markdown/from-markdown';
import { toMarkdown } from '../markdown/to-markdown';
import { versionDocument } from './version-document';

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

function collaborativeEditor(doc: Y.Doc) {
  return new Editor({
    extensions: [
      ...documentExtensions({ collaborative: true }),
      Collaboration.configure({ document: doc, field: 'default' }),
    ],
  });
}

describe('restoring a version', () => {
  it('puts the old content back as a new edit that every other client receives', () => {
    const doc = new Y.Doc();
    const editor = collaborativeEditor(doc);
    editor.commands.setContent(markdownToHtml('# 方案 A\n\n> [!NOTE]\n> 先评审\n\n- [ ] 写测试\n'));
    const version = base64(Y.encodeStateAsUpdate(doc));
    editor.commands.setContent(markdownToHtml('# 方案 B\n'));

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
    editor.commands.setContent(versionDocument(version));

    const seenElsewhere = collaborativeEditor(other);
    expect(toMarkdown(seenElsewhere.getJSON())).toBe('# 方案 A\n\n> [!NOTE]\n> 先评审\n\n- [ ] 写测试\n');
    editor.destroy();
    seenElsewhere.destroy();
  });
});
