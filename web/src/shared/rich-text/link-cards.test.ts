// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { documentExtensions } from './extensions';
import { siteLinkRanges } from './link-cards';

const ORIGIN = 'https://atrium.example.com';
const ID = '0195f3a2-8c1e-7b3d-9a41-1f2e3d4c5b6a';

describe('links into Atrium in a document', () => {
  it('finds each link of this site once per run of text, absolute or as a path, and no other', () => {
    const editor = new Editor({
      extensions: documentExtensions({ collaborative: false }),
      content: `<p>See <a href="/announcements/${ID}">the <b>holiday</b> plan</a> and
        <a href="${ORIGIN}/tasks/${ID}">a task</a>, not <a href="https://example.org/x">elsewhere</a>
        nor <a href="mailto:hr@example.com">HR</a>.</p>`,
    });
    const ranges = siteLinkRanges(editor.state.doc, ORIGIN);
    expect(ranges.map((r) => [r.url, editor.state.doc.textBetween(r.from, r.to)])).toEqual([
      [`${ORIGIN}/announcements/${ID}`, 'the holiday plan'],
      [`${ORIGIN}/tasks/${ID}`, 'a task'],
    ]);
  });

  it('leaves a mention of a person to the mention', () => {
    const editor = new Editor({
      extensions: documentExtensions({ collaborative: false }),
      content: `<p><a data-type="mention" data-id="${ID}" data-label="王芳" href="/directory/people/${ID}">@王芳</a></p>`,
    });
    expect(siteLinkRanges(editor.state.doc, ORIGIN)).toEqual([]);
  });
});
