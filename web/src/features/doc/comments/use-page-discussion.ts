import { useQueryClient } from '@tanstack/react-query';
import { useEditorState, type Editor as TipTap } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { commentsKey, useDiscussion } from '../api/comments';
import type { CommentAnchor, CommentThread } from '../api/types';
import type { Range } from './anchors';
import { highlightRanges, setHighlights, type Highlight } from './comment-highlights';

/** The highlight of the passage a new comment is being written on. */
export const DRAFT = 'draft';

export interface PlacedThread {
  thread: CommentThread;
  /** Its passage's text is gone from the page (known once the page is in step with the server). */
  removed: boolean;
}

/**
 * A page's discussion as the page shows it: threads on passages in the order of the text (those
 * whose passage is gone last), page comments, the passage being commented on, the active thread,
 * and the highlights in the editor kept in step with all of them. `targetCommentId` is the comment
 * a notification opened the page at (`#comment-<id>`): its thread starts active.
 */
export function usePageDiscussion(
  pageId: string,
  editor: TipTap | null,
  synced: boolean,
  targetCommentId: string | null,
) {
  const queryClient = useQueryClient();
  const discussion = useDiscussion(pageId);
  const [chosen, setActive] = useState<string | null>(null);
  const [draft, setDraft] = useState<CommentAnchor | null>(null);
  const [resolvedShown, setShowResolved] = useState(false);
  const threads = useMemo(() => discussion.data?.threads ?? [], [discussion.data]);
  // the thread of the comment a notification opened the page at, until another is chosen
  const target = targetCommentId
    ? threads.find((thread) => thread.comments.some((comment) => comment.id === targetCommentId))
    : undefined;
  const active = chosen ?? target?.id ?? null;
  const showResolved = resolvedShown || Boolean(target?.resolved);

  const highlights = useMemo<Highlight[]>(() => {
    const marked: Highlight[] = threads
      .filter((thread) => thread.anchor && (showResolved || !thread.resolved))
      .map((thread) => ({ id: thread.id, anchor: thread.anchor as CommentAnchor, resolved: thread.resolved }));
    return draft ? [...marked, { id: DRAFT, anchor: draft, resolved: false }] : marked;
  }, [threads, draft, showResolved]);

  useEffect(() => {
    if (editor && !editor.isDestroyed)
      editor.view.dispatch(setHighlights(editor.state.tr, highlights, draft ? DRAFT : active));
  }, [editor, highlights, active, draft]);

  const ranges = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? highlightRanges(current.state) : new Map<string, Range>()),
  });

  // Notices of changes may have been missed while the socket was away: catch up on reconnecting.
  const wasSynced = useRef(false);
  useEffect(() => {
    if (synced && wasSynced.current) void queryClient.invalidateQueries({ queryKey: commentsKey(pageId) });
    if (synced) wasSynced.current = true;
  }, [synced, queryClient, pageId]);

  const inline = useMemo<PlacedThread[]>(() => {
    const place = (thread: CommentThread) => ranges?.get(thread.id);
    return threads
      .filter((thread) => thread.anchor && (showResolved || !thread.resolved))
      .map((thread) => {
        const range = place(thread);
        return {
          thread,
          removed: synced && (!range || range.from >= range.to),
          at: range && range.from < range.to ? range.from : Number.MAX_SAFE_INTEGER,
        };
      })
      .sort((a, b) => a.at - b.at)
      .map(({ thread, removed }) => ({ thread, removed }));
  }, [threads, ranges, showResolved, synced]);

  /** Shows the thread's passage in the page. */
  const reveal = useCallback(
    (threadId: string) => {
      setActive(threadId);
      editor?.view.dom
        .querySelector(`[data-thread-id="${threadId}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [editor],
  );

  return {
    isLoading: discussion.isLoading,
    error: discussion.error,
    refetch: discussion.refetch,
    canComment: discussion.data?.canComment ?? false,
    inline,
    pageThreads: threads.filter((thread) => !thread.anchor),
    target,
    openCount: threads.filter((thread) => !thread.resolved).length,
    resolvedInline: threads.filter((thread) => thread.anchor && thread.resolved).length,
    active,
    setActive,
    reveal,
    draft,
    setDraft,
    showResolved,
    setShowResolved,
  };
}

export type Discussion = ReturnType<typeof usePageDiscussion>;
