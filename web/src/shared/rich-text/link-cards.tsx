import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { createRoot, type Root } from 'react-dom/client';
import { api, body } from '../api/client';
import { type Card, LinkChip } from '../links/link-card';
import { siteLink } from '../links/site-links';

/** A link into this Atrium in a document: where it lies and the address it points at. */
export interface SiteLinkRange {
  from: number;
  to: number;
  url: string;
}

/** The most links of one document sent to be unfurled (the server takes 20 a call). */
const MAX_LINKS = 60;
const PER_CALL = 20;
/** Typing a link waits this long before asking, so a link is asked for once, not per keystroke. */
const SETTLE_MS = 400;

const key = new PluginKey<DecorationSet>('linkCards');

/** The links into this Atrium in a document, each run of text under one link mark as one range. */
export function siteLinkRanges(doc: ProseMirrorNode, origin: string): SiteLinkRange[] {
  const ranges: SiteLinkRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const mark = node.marks.find((m) => m.type.name === 'link');
    const url = mark ? siteLink(String(mark.attrs.href ?? ''), origin) : null;
    if (!url) return;
    const last = ranges.at(-1);
    if (last && last.url === url && last.to === pos) last.to = pos + node.nodeSize;
    else ranges.push({ from: pos, to: pos + node.nodeSize, url });
  });
  return ranges;
}

const roots = new WeakMap<Node, Root>();

function decorations(
  doc: ProseMirrorNode,
  cards: Map<string, Card | null>,
  onOpen: (path: string) => void,
): DecorationSet {
  const found: Decoration[] = [];
  for (const range of siteLinkRanges(doc, window.location.origin)) {
    const card = cards.get(range.url);
    if (!card) continue;
    // read only, the link's own text gives way to the chip; while editing both stay (CSS)
    found.push(Decoration.inline(range.from, range.to, { class: 'doc-link-carded' }));
    found.push(
      Decoration.widget(
        range.to,
        () => {
          const holder = document.createElement('span');
          holder.contentEditable = 'false';
          const root = createRoot(holder);
          root.render(<LinkChip card={card} onOpen={onOpen} />);
          roots.set(holder, root);
          return holder;
        },
        {
          side: 1,
          key: `${range.url}|${card.kind}|${card.preview?.title ?? card.person?.name ?? card.channel?.name ?? ''}`,
          ignoreSelection: true,
          stopEvent: () => true,
          // unmounted after ProseMirror's own update, never inside a render
          destroy: (holder) => setTimeout(() => roots.get(holder)?.unmount()),
        },
      ),
    );
  }
  return DecorationSet.create(doc, found);
}

/**
 * Links to Atrium objects in rich text (a page, an announcement) show a chip with the object's
 * title and kind, as chat shows cards: the links go to `POST /api/v1/unfurl` and the server's
 * modules decide, leaving out whatever this reader may not see (the link then stays a plain link).
 */
export const LinkCards = Extension.create<{ onOpen: (path: string) => void }>({
  name: 'linkCards',

  addOptions() {
    return { onOpen: (path: string) => window.location.assign(path) };
  },

  addProseMirrorPlugins() {
    const { onOpen } = this.options;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const cards = tr.getMeta(key) as Map<string, Card | null> | undefined;
            return cards ? decorations(tr.doc, cards, onOpen) : set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => key.getState(state),
        },
        view(view: EditorView) {
          const known = new Map<string, Card | null>();
          let timer: ReturnType<typeof setTimeout> | undefined;
          let alive = true;
          const resolve = async () => {
            const urls = [...new Set(siteLinkRanges(view.state.doc, window.location.origin).map((r) => r.url))];
            const missing = urls.filter((url) => !known.has(url)).slice(0, MAX_LINKS);
            for (let i = 0; i < missing.length; i += PER_CALL) {
              const batch = missing.slice(i, i + PER_CALL);
              const answer = await body(api.POST('/api/v1/unfurl', { body: { urls: batch } })).catch(() => null);
              if (!answer) return;
              batch.forEach((url) => known.set(url, null));
              answer.cards.forEach((card) => known.set(card.url, card));
            }
            if (alive) view.dispatch(view.state.tr.setMeta(key, known).setMeta('addToHistory', false));
          };
          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(() => void resolve(), SETTLE_MS);
          };
          schedule();
          return {
            update(updated, previous) {
              if (!updated.state.doc.eq(previous.doc)) schedule();
            },
            destroy() {
              alive = false;
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
