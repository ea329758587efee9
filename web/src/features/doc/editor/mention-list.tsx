import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { forwardRef, useImperativeHandle, useState } from 'react';
import { PersonAvatar } from '../../../shared/ui/person-avatar';

export interface MentionCandidate {
  id: string;
  label: string;
  color: string;
}

export interface MentionListHandle {
  onKeyDown: (props: SuggestionKeyDownProps) => boolean;
}

/** The people offered after `@`; arrows move, Enter or Tab picks. */
export const MentionList = forwardRef<MentionListHandle, SuggestionProps<MentionCandidate>>(function MentionList(
  { items, command },
  ref,
) {
  const [state, setState] = useState({ items, index: 0 });
  // A new list of candidates starts at its first entry again.
  const index = state.items === items ? state.index : 0;
  const setIndex = (next: number) => setState({ items, index: next });
  const pick = (at: number) => {
    const person = items[at];
    if (person) command({ id: person.id, label: person.label });
  };

  useImperativeHandle(ref, () => ({
    onKeyDown: ({ event }) => {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') {
        setIndex((index + 1) % items.length);
        return true;
      }
      if (event.key === 'ArrowUp') {
        setIndex((index + items.length - 1) % items.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        pick(index);
        return true;
      }
      return false;
    },
  }));

  if (items.length === 0) return null;
  return (
    <div className="doc-suggestions" role="listbox" data-testid="mention-list">
      {items.map((person, at) => (
        <button
          type="button"
          key={person.id}
          role="option"
          aria-selected={at === index}
          className={at === index ? 'is-active' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            pick(at);
          }}
        >
          <PersonAvatar name={person.label} color={person.color} size={20} />
          <span>{person.label}</span>
        </button>
      ))}
    </div>
  );
});
