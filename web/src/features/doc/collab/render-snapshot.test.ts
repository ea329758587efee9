// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentExtensions } from '../../../shared/rich-text/extensions';
import { markdownToHtml } from '../markdown/from-markdown';
import { renderSnapshot } from './render-snapshot';

describe('the snapshot a client sends', () => {
  it('renders the shared document as Markdown and plain text, whatever the editor shows', () => {
    const doc = new Y.Doc();
    const editor = new Editor({
      extensions: [
        ...documentExtensions({ collaborative: true }),
        Collaboration.configure({ document: doc, field: 'default' }),
      ],
    });
    editor.commands.setContent(
      markdownToHtml('# 会议纪要\n\n- [x] 发布 **1.0**\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n'),
    );

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const snapshot = renderSnapshot(other);
    editor.destroy();

    expect(snapshot.markdown).toBe('# 会议纪要\n\n- [x] 发布 **1.0**\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    expect(snapshot.text).toBe('会议纪要\n发布 1.0\na\nb\n1\n2');
  });
});
