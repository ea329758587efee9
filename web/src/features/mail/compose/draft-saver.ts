import type { Draft, DraftContent } from '../api/types';

export interface SaverCalls {
  create: (content: DraftContent) => Promise<Draft>;
  update: (id: string, content: DraftContent, version: number) => Promise<Draft>;
  /** Sorts a failure: the newer draft when the save was stale, undefined for any other failure. */
  newer: (error: unknown) => Draft | undefined;
}

export type SaverState =
  { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: unknown } | { status: 'conflict'; newer: Draft };

/**
 * Saves a draft as it is typed: a save at most every `delayMs` after the last change, one at a time,
 * each carrying the version the last answer gave. A stale save (someone saved on another device)
 * stops saving and hands over the newer draft; what was typed here stays in the editor and is only
 * written again when the person chooses (`keepMine`), so neither side is lost without being seen.
 */
export class DraftSaver {
  private id: string | undefined;
  private version = 0;
  private pending: DraftContent | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private last: SaverState = { status: 'idle' };

  constructor(
    private readonly calls: SaverCalls,
    private readonly report: (state: SaverState, draft?: Draft) => void,
    private readonly delayMs = 1000,
    existing?: Pick<Draft, 'id' | 'version'>,
  ) {
    this.id = existing?.id;
    this.version = existing?.version ?? 0;
  }

  get draftId(): string | undefined {
    return this.id;
  }

  get state(): SaverState {
    return this.last;
  }

  change(content: DraftContent): void {
    this.pending = content;
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves what is pending now (before sending, or when compose closes); resolves with the saved draft. */
  async flush(): Promise<string | undefined> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    const content = this.pending;
    if (!content || this.stopped) return this.id;
    this.pending = undefined;
    this.running = this.save(content).finally(() => (this.running = undefined));
    await this.running;
    return this.stopped ? undefined : this.id;
  }

  /** After a conflict: write what was typed here over the newer draft. */
  keepMine(content: DraftContent, newer: Draft): Promise<string | undefined> {
    this.version = newer.version;
    this.stopped = false;
    this.pending = content;
    return this.flush();
  }

  /** After a conflict: go on from the newer draft (the caller puts it into the editor). */
  takeTheirs(newer: Draft): void {
    this.version = newer.version;
    this.stopped = false;
    this.pending = undefined;
    this.onState({ status: 'saved' }, newer);
  }

  private onState(state: SaverState, draft?: Draft): void {
    this.last = state;
    this.report(state, draft);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.stopped = true;
  }

  private async save(content: DraftContent): Promise<void> {
    this.onState({ status: 'saving' });
    try {
      const saved = this.id
        ? await this.calls.update(this.id, content, this.version)
        : await this.calls.create(content);
      this.id = saved.id;
      this.version = saved.version;
      this.onState({ status: 'saved' }, saved);
    } catch (error) {
      const newer = this.calls.newer(error);
      if (newer) {
        this.stopped = true;
        this.pending = content;
        this.onState({ status: 'conflict', newer });
      } else {
        // kept pending: the next change (or flush) tries again with the same content
        this.pending ??= content;
        this.onState({ status: 'failed', error });
      }
    }
  }
}
