import { Injectable, Logger } from '@nestjs/common';
import { type Index, Meilisearch, MeilisearchApiError, type Task } from 'meilisearch';
import { AppConfig } from '@app/config';
import { waitForTask } from '../meili-task.js';
import type { PostingDocument } from '../documents/posting-document.js';
import { POSTING_INDEX_SETTINGS } from './posting-index-settings.js';
import { settingsMatch } from './same-settings.js';

/** Long enough for a settings change on a large index; the relay's document tasks use their own limit. */
const SETTINGS_TIMEOUT_MS = 10 * 60_000;

/** Throws unless a finished task succeeded (a wait resolves for failed tasks too). */
export function assertSucceeded(task: Task): Task {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  return task;
}

/**
 * Creates `uid` when missing and brings its settings to POSTING_INDEX_SETTINGS, waiting for both, so no document is
 * ever indexed under other settings. Unchanged settings are not re-sent: an update would make Meilisearch re-index.
 */
export async function preparePostingIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
    const created = await waitForTask(client, client.createIndex(uid, { primaryKey: 'id' }), { timeoutMs: SETTINGS_TIMEOUT_MS });
    // Another process starting at the same moment may have created it first: just as good.
    if (created.error?.code !== 'index_already_exists') assertSucceeded(created);
  }
  const index = client.index(uid);
  if (settingsMatch(await index.getSettings(), POSTING_INDEX_SETTINGS)) return;
  assertSucceeded(await waitForTask(client, index.updateSettings(POSTING_INDEX_SETTINGS), { timeoutMs: SETTINGS_TIMEOUT_MS }));
}

/** The live posting index of this environment: `<MEILI_INDEX_PREFIX>postings`. */
@Injectable()
export class PostingIndex {
  private readonly logger = new Logger(PostingIndex.name);
  readonly uid: string;
  private ready: Promise<void> | null = null;

  constructor(
    readonly client: Meilisearch,
    config: AppConfig,
  ) {
    this.uid = `${config.MEILI_INDEX_PREFIX}postings`;
  }

  get index(): Index<PostingDocument> {
    return this.client.index<PostingDocument>(this.uid);
  }

  /** Settles once per process; a failure (Meilisearch down) is forgotten so the next caller tries again. */
  ensureReady(): Promise<void> {
    this.ready ??= preparePostingIndex(this.client, this.uid).then(
      () => this.logger.log(`Search index ${this.uid} is ready`),
      (error: unknown) => {
        this.ready = null;
        throw error;
      },
    );
    return this.ready;
  }
}
