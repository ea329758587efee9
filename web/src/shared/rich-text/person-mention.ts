import Mention from '@tiptap/extension-mention';

/** Where a person's profile lives in the client; a mention links there and exports as that link. */
export const personPath = (id: string) => `/directory/people/${id}`;

/**
 * An @mention of a person. Rendered as a link to their profile, so it reads (and exports to
 * Markdown) as `[@name](/directory/people/id)`; the suggestion list is added by the editor.
 */
export const PersonMention = Mention.extend({
  parseHTML() {
    // Above the link mark's `a[href]` rule, which would otherwise take the mention for a plain link.
    return [
      { tag: 'a[data-type="mention"]', priority: 60 },
      { tag: 'span[data-type="mention"]', priority: 60 },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const id = String(node.attrs.id ?? '');
    const label = String(node.attrs.label ?? node.attrs.id ?? '');
    return [
      'a',
      {
        ...HTMLAttributes,
        'data-type': 'mention',
        'data-id': id,
        'data-label': label,
        href: personPath(id),
        class: 'doc-mention',
      },
      `@${label}`,
    ];
  },
  renderText({ node }) {
    return `@${String(node.attrs.label ?? node.attrs.id ?? '')}`;
  },
});
