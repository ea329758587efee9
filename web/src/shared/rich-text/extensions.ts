import type { AnyExtension } from '@tiptap/core';
import type { MentionOptions } from '@tiptap/extension-mention';
import CodeBlockLowlight from '@tiptap/extension-code-block-lowlight';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import i18n from 'i18next';
import { common, createLowlight } from 'lowlight';
import { Callout } from './callout';
import { PersonMention } from './person-mention';

export const lowlight = createLowlight(common);

/**
 * The document schema every page uses: the editor, Markdown import and export, and their tests
 * build on exactly this list, so what one writes the other reads.
 * `collaborative`: Yjs keeps the history then, so the editor's own undo stack is left out.
 */
export function documentExtensions({
  collaborative,
  mentionSuggestion,
}: {
  collaborative: boolean;
  /** What `@` offers while typing (the editor's people search); without it mentions are only read. */
  mentionSuggestion?: MentionOptions['suggestion'];
}): AnyExtension[] {
  return [
    StarterKit.configure({
      codeBlock: false,
      undoRedo: collaborative ? false : undefined,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank' },
      },
    }),
    CodeBlockLowlight.configure({ lowlight, defaultLanguage: null }),
    TaskList,
    // the checkbox's label for screen readers, in the reader's language (TipTap's own is English)
    TaskItem.configure({
      nested: true,
      a11y: {
        checkboxLabel: (node) =>
          i18n.t('docs.editor.taskCheckbox', { text: node.textContent || i18n.t('docs.editor.taskEmpty') }),
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Image.configure({ inline: false }),
    Callout,
    mentionSuggestion ? PersonMention.configure({ suggestion: mentionSuggestion }) : PersonMention,
  ];
}
