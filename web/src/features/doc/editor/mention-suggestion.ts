import { ReactRenderer } from '@tiptap/react';
import type { SuggestionOptions } from '@tiptap/suggestion';
import { api, body } from '../../../shared/api/client';
import { MentionList, type MentionCandidate, type MentionListHandle } from './mention-list';

/** Finds people as `@` is typed and shows them under the caret. */
export const mentionSuggestion: Omit<SuggestionOptions<MentionCandidate>, 'editor'> = {
  items: async ({ query }) => {
    const page = await body(api.GET('/api/v1/people', { params: { query: { q: query, size: 6 } } })).catch(
      () => undefined,
    );
    return (page?.items ?? []).map((person) => ({ id: person.id, label: person.name, color: person.avatarColor }));
  },
  render: () => {
    let renderer: ReactRenderer<MentionListHandle> | undefined;
    const place = (rect: DOMRect | null | undefined) => {
      if (!renderer || !rect) return;
      Object.assign(renderer.element.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.bottom + 4}px`,
        zIndex: '1100',
      });
    };
    return {
      onStart: (props) => {
        renderer = new ReactRenderer(MentionList, { props, editor: props.editor });
        document.body.appendChild(renderer.element);
        place(props.clientRect?.());
      },
      onUpdate: (props) => {
        renderer?.updateProps(props);
        place(props.clientRect?.());
      },
      onKeyDown: (props) => {
        if (props.event.key === 'Escape') {
          renderer?.destroy();
          renderer?.element.remove();
          renderer = undefined;
          return true;
        }
        return renderer?.ref?.onKeyDown(props) ?? false;
      },
      onExit: () => {
        renderer?.destroy();
        renderer?.element.remove();
        renderer = undefined;
      },
    };
  },
};
