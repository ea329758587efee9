import { mergeAttributes, Node } from '@tiptap/core';

/** The kinds GitHub's Markdown alerts know (`> [!NOTE]`), so a callout survives export and import. */
export const CALLOUT_KINDS = ['note', 'tip', 'warning', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /** Wraps the selected blocks in a callout, or lifts them out of one. */
      toggleCallout: (kind: CalloutKind) => ReturnType;
    };
  }
}

/** A highlighted box of blocks (note, tip, warning, caution). */
export const Callout = Node.create({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,

  addAttributes() {
    return {
      kind: {
        default: 'note',
        parseHTML: (element) => {
          const kind = element.getAttribute('data-kind');
          return CALLOUT_KINDS.find((known) => known === kind) ?? 'note';
        },
        renderHTML: (attributes) => ({ 'data-kind': attributes.kind as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="callout"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'callout', class: 'doc-callout' }), 0];
  },

  addCommands() {
    return {
      toggleCallout:
        (kind) =>
        ({ commands }) =>
          commands.toggleWrap(this.name, { kind }),
    };
  },
});
