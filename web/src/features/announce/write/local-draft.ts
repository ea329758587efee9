import type { DraftFields } from './draft-form';

/**
 * What the author typed, kept in this browser until the server has it: a failed save, a lost
 * connection or a closed tab never costs the text. One copy per announcement ("new" before the
 * first save), cleared when a save succeeds.
 */
export interface LocalDraft {
  savedAt: string;
  fields: DraftFields;
}

const key = (id: string | undefined) => `atrium.announce.draft.${id ?? 'new'}`;

export function keepLocalDraft(id: string | undefined, fields: DraftFields, now = new Date()): void {
  try {
    localStorage.setItem(key(id), JSON.stringify({ savedAt: now.toISOString(), fields } satisfies LocalDraft));
  } catch {
    // storage full or disabled (private mode): the editor still holds the text in memory
  }
}

export function readLocalDraft(id: string | undefined): LocalDraft | undefined {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    return typeof parsed.savedAt === 'string' && parsed.fields ? (parsed as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

export function dropLocalDraft(id: string | undefined): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // nothing kept, nothing to drop
  }
}
