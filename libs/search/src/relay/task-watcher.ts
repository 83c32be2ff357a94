import { Injectable } from '@nestjs/common';
import { Meilisearch, type Task } from 'meilisearch';

/** How often the watcher asks Meilisearch about the tasks it waits for. */
const POLL_MS = 25;

interface Waiter {
  uids: Set<number>;
  finished: Map<number, Task>;
  deadline: number;
  resolve(tasks: Task[]): void;
  reject(error: Error): void;
}

/**
 * Waits for Meilisearch tasks, all the relay's waits served by one poll: every POLL_MS a single
 * `GET /tasks?uids=…&statuses=succeeded,failed,canceled` for every task anyone waits for. With several relay batches
 * in flight this is one request per tick instead of one per task per tick. A request that fails (Meilisearch down)
 * fails every wait at once, as waiting on the unreachable server one task at a time would.
 */
@Injectable()
export class TaskWatcher {
  private readonly waiters = new Set<Waiter>();
  private polling = false;

  constructor(private readonly meili: Meilisearch) {}

  /** Resolves with the finished tasks (in the order asked for) once none is enqueued or processing. */
  wait(uids: readonly number[], timeoutMs: number): Promise<Task[]> {
    if (uids.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.waiters.add({
        uids: new Set(uids),
        finished: new Map(),
        deadline: Date.now() + timeoutMs,
        resolve: (tasks) => resolve(uids.map((uid) => tasks.find((t) => t.uid === uid)!)),
        reject,
      });
      if (!this.polling) void this.poll();
    });
  }

  private async poll(): Promise<void> {
    this.polling = true;
    try {
      while (this.waiters.size > 0) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        const wanted = new Set<number>();
        for (const waiter of this.waiters) for (const uid of waiter.uids) if (!waiter.finished.has(uid)) wanted.add(uid);
        let tasks: Task[];
        try {
          tasks = (await this.meili.tasks.getTasks({ uids: [...wanted], statuses: ['succeeded', 'failed', 'canceled'], limit: wanted.size })).results;
        } catch (error) {
          for (const waiter of this.waiters) waiter.reject(error instanceof Error ? error : new Error(String(error)));
          this.waiters.clear();
          return;
        }
        const now = Date.now();
        for (const waiter of [...this.waiters]) {
          for (const task of tasks) if (waiter.uids.has(task.uid)) waiter.finished.set(task.uid, task);
          if (waiter.finished.size === waiter.uids.size) {
            this.waiters.delete(waiter);
            waiter.resolve([...waiter.finished.values()]);
          } else if (now > waiter.deadline) {
            this.waiters.delete(waiter);
            waiter.reject(new Error(`Meilisearch tasks ${[...waiter.uids].filter((u) => !waiter.finished.has(u)).join(', ')} not finished in time`));
          }
        }
      }
    } finally {
      this.polling = false;
    }
  }
}
