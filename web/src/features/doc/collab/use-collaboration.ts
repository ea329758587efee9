import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { api } from '../../../shared/api/client';
import { ApiProblem } from '../../../shared/api/problem';
import { offlineCopyName } from '../../../shared/lib/offline-copies';
import type { Editor } from '../me';
import type { Notice } from './frames';
import { collabUrl, PageProvider, type ConnectionStatus } from './page-provider';
import { renderSnapshot } from './render-snapshot';

/** How long to wait for the browser's copy of the page before connecting without it. */
const LOCAL_COPY_WAIT_MS = 1500;

/** The page's own endpoint answers what a refused handshake cannot tell: whether I may read it. */
const isRefused = (pageId: string) => () =>
  api.GET('/api/v1/pages/{id}', { params: { path: { id: pageId } } }).then(
    () => false,
    (error: unknown) => error instanceof ApiProblem && (error.status === 403 || error.status === 404),
  );

export interface Collaboration {
  doc: Y.Doc;
  provider: PageProvider | null;
  status: ConnectionStatus;
  /** The server and this browser have exchanged what each lacked since the last (re)connect. */
  synced: boolean;
  /** The template this browser was chosen to write into the new page, until it has done so. */
  seed: string | null;
  /** Tells that the seed is written (or the page turned out not to be empty). */
  seeded: () => void;
}

/**
 * One page's shared document: kept in this browser (IndexedDB, per person and page, deleted at
 * sign-out) so edits made offline survive a reload, and in step with the server through the page
 * socket, which also names the one browser that writes a new page's template.
 */
export function useCollaboration(
  pageId: string,
  me: Editor,
  onNotice: (notice: Notice) => void,
  onCommentsChanged: () => void,
): Collaboration {
  const [session] = useState(() => {
    const doc = new Y.Doc();
    return { doc, awareness: new Awareness(doc) };
  });
  const [provider, setProvider] = useState<PageProvider | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [seed, setSeed] = useState<string | null>(null);
  const noticeHandler = useRef(onNotice);
  const commentsHandler = useRef(onCommentsChanged);
  useEffect(() => {
    noticeHandler.current = onNotice;
    commentsHandler.current = onCommentsChanged;
  }, [onNotice, onCommentsChanged]);

  useEffect(() => {
    const { doc, awareness } = session;
    awareness.setLocalStateField('user', { id: me.id, name: me.name, color: me.color });
    const persistence = new IndexeddbPersistence(offlineCopyName(me.id, pageId), doc);
    let created: PageProvider | undefined;
    let cancelled = false;
    const start = () => {
      if (cancelled || created) return;
      created = new PageProvider({
        url: collabUrl(pageId),
        doc,
        awareness,
        render: () => renderSnapshot(doc),
        isRefused: isRefused(pageId),
        onStatus: (next) => {
          setStatus(next);
          if (next !== 'connected') setSynced(false);
        },
        onSynced: () => setSynced(true),
        onNotice: (notice) => noticeHandler.current(notice),
        onSeed: setSeed,
        onCommentsChanged: () => commentsHandler.current(),
      });
      setProvider(created);
    };
    void persistence.whenSynced.then(start, start);
    const fallback = setTimeout(start, LOCAL_COPY_WAIT_MS);
    return () => {
      cancelled = true;
      clearTimeout(fallback);
      created?.destroy();
      void persistence.destroy();
    };
  }, [pageId, me.id, me.name, me.color, session]);

  const seeded = useCallback(() => setSeed(null), []);
  return { doc: session.doc, provider, status, synced, seed, seeded };
}
