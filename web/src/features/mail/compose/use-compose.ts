import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createDraft, newerDraft, updateDraft } from '../api/drafts';
import { mailKeys } from '../api/mail-api';
import type { Draft, DraftContent, MailAttachment } from '../api/types';
import { DraftSaver, type SaverState } from './draft-saver';

const EMPTY: DraftContent = { to: [], cc: [], bcc: [], subject: '', body: null, attachmentIds: [] };

export function contentOf(draft: Draft | undefined): DraftContent {
  if (!draft) return EMPTY;
  const { to, cc, bcc, subject, body, attachments, replyToMessageId, forwardOfMessageId } = draft;
  const attachmentIds = attachments.map((file) => file.fileId);
  return { to, cc, bcc, subject, body: body ?? null, attachmentIds, replyToMessageId, forwardOfMessageId };
}

/**
 * What compose edits and its autosave: every change goes to the screen at once and to the server a
 * second after typing stops, with the version of the last save (see DraftSaver).
 */
export function useCompose(mailboxId: string, initial: Draft | undefined, initialBody: Record<string, unknown> | null) {
  const queryClient = useQueryClient();
  const [content, setContent] = useState<DraftContent>(() => ({ ...contentOf(initial), body: initialBody }));
  const [files, setFiles] = useState<MailAttachment[]>(initial?.attachments ?? []);
  const [state, setState] = useState<SaverState>({ status: 'idle' });
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          create: (next) => createDraft(mailboxId, next),
          update: updateDraft,
          newer: newerDraft,
        },
        (next) => {
          setState(next);
          if (next.status === 'saved') void queryClient.invalidateQueries({ queryKey: mailKeys.drafts(mailboxId) });
        },
        1000,
        initial,
      ),
  );
  // closing compose saves what was typed since the last save (send and discard stop the saver first)
  useEffect(() => () => void saver.flush(), [saver]);
  const latest = useRef(content);
  const change = useCallback(
    (patch: Partial<DraftContent>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setContent(next);
      saver.change(next);
    },
    [saver],
  );
  const addFile = (file: MailAttachment) => {
    setFiles((current) => [...current, file]);
    change({ attachmentIds: [...latest.current.attachmentIds, file.fileId] });
  };
  const removeFile = (fileId: string) => {
    setFiles((current) => current.filter((file) => file.fileId !== fileId));
    change({ attachmentIds: latest.current.attachmentIds.filter((id) => id !== fileId) });
  };
  const keepMine = (newer: Draft) => saver.keepMine(latest.current, newer);
  /** Takes the newer draft into the form; returns its body for the editor. */
  const takeTheirs = (newer: Draft) => {
    saver.takeTheirs(newer);
    latest.current = contentOf(newer);
    setContent(latest.current);
    setFiles(newer.attachments ?? []);
    return newer.body;
  };
  return { content, files, state, saver, change, addFile, removeFile, keepMine, takeTheirs };
}
