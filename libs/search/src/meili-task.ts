import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';

export interface TaskWait {
  /** Fails with a timeout error once this long has passed with the task still enqueued or processing. */
  timeoutMs: number;
  /** Pause between two looks at the task. */
  intervalMs?: number;
}

/**
 * Waits until Meilisearch has finished a task (succeeded, failed or canceled: check the status) and returns it.
 *
 * The client's own `waitTask` starts a timer for its timeout and clears it only when the task finishes: when a look
 * fails (Meilisearch stopped) the timer stays, holding the process open for the whole timeout (10 minutes for index
 * settings) and piling up during an outage. Here no timer outlives the wait.
 */
export async function waitForTask(client: Meilisearch, enqueued: EnqueuedTask | Promise<EnqueuedTask>, wait: TaskWait): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() >= deadline) throw new Error(`Meilisearch task ${taskUid} (${task.type}) not finished within ${wait.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, wait.intervalMs ?? 50));
  }
}
