import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { CommentAnchor } from '../api/types';
import { rangeOf, type Range } from './anchors';
import './comments.css';

/** A passage to mark: a thread's, or the one a new comment is being written on. */
export interface Highlight {
  id: string;
  anchor: Pick<CommentAnchor, 'start' | 'end'>;
  resolved: boolean;
}

interface HighlightState {
  highlights: Highlight[];
  active: string | null;
  /** Where each passage is now; a passage whose text is gone has `from === to`. Absent: not found (yet). */
  ranges: Map<string, Range>;
  decorations: DecorationSet;
}

interface Meta {
  highlights?: Highlight[];
  active?: string | null;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function resolveAll(state: EditorState, highlights: Highlight[]): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const highlight of highlights) {
    const range = rangeOf(state, highlight.anchor);
    if (range) ranges.set(highlight.id, range);
  }
  return ranges;
}

function decorate(
  state: EditorState,
  highlights: Highlight[],
  ranges: Map<string, Range>,
  active: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const highlight of highlights) {
    const range = ranges.get(highlight.id);
    if (!range || range.from >= range.to) continue;
    const classes = [
      'doc-comment-mark',
      highlight.resolved ? 'is-resolved' : '',
      highlight.id === active ? 'is-active' : '',
    ];
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: classes.filter(Boolean).join(' '),
        'data-thread-id': highlight.id,
        'data-testid': 'comment-highlight',
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Marks commented passages in the text. A remote change (or the editor being bound to the shared
 * document) resolves every passage again from its Yjs relative positions; a local edit maps the
 * current ranges through the edit, as y-prosemirror does for others' carets.
 */
export const CommentHighlights = Extension.create<{ onActivate: (threadId: string) => void }>({
  name: 'commentHighlights',

  addOptions() {
    return { onActivate: () => undefined };
  },

  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => ({
            highlights: [],
            active: null,
            ranges: new Map(),
            decorations: DecorationSet.create(state.doc, []),
          }),
          apply: (tr: Transaction, previous, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined;
            const highlights = meta?.highlights ?? previous.highlights;
            const active = meta && 'active' in meta ? (meta.active ?? null) : previous.active;
            const remote = Boolean(
              (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin,
            );
            let ranges = previous.ranges;
            if (meta?.highlights || remote) {
              ranges = resolveAll(state, highlights);
            } else if (tr.docChanged) {
              ranges = new Map(
                [...previous.ranges].map(([id, { from, to }]) => {
                  const start = tr.mapping.map(from, 1);
                  return [id, { from: start, to: Math.max(start, tr.mapping.map(to, -1)) }];
                }),
              );
            }
            if (ranges === previous.ranges && highlights === previous.highlights && active === previous.active)
              return previous;
            return { highlights, active, ranges, decorations: decorate(state, highlights, ranges, active) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleDOMEvents: {
            click: (_view, event) => {
              const mark = (event.target as HTMLElement | null)?.closest?.('[data-thread-id]');
              const id = mark?.getAttribute('data-thread-id');
              if (id) onActivate(id);
              return false;
            },
          },
        },
      }),
    ];
  },
});

/** Replaces the passages to mark and which one is active. */
export function setHighlights(tr: Transaction, highlights: Highlight[], active: string | null): Transaction {
  return tr.setMeta(commentHighlightsKey, { highlights, active } satisfies Meta).setMeta('addToHistory', false);
}

/** Where each marked passage is now. */
export function highlightRanges(state: EditorState): Map<string, Range> {
  return commentHighlightsKey.getState(state)?.ranges ?? new Map();
}
