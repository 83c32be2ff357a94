import type { Meilisearch, Task } from 'meilisearch';
import { waitForTask } from './meili-task.js';

/** A client whose getTask answers from a script: a status per look, or an error. */
function clientAnswering(...answers: Array<Task['status'] | Error>): { client: Meilisearch; looks: () => number } {
  let looks = 0;
  const getTask = async (uid: number) => {
    const answer = answers[Math.min(looks++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return { uid, status: answer, type: 'settingsUpdate' } as Task;
  };
  return { client: { tasks: { getTask } } as unknown as Meilisearch, looks: () => looks };
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('waitForTask', () => {
  it('looks until the task has finished and returns it, whatever its status', async () => {
    const { client, looks } = clientAnswering('enqueued', 'processing', 'failed');
    await expect(waitForTask(client, { taskUid: 7 } as never, { timeoutMs: 5_000, intervalMs: 1 })).resolves.toMatchObject({ uid: 7, status: 'failed' });
    expect(looks()).toBe(3);
  });

  it('fails once the timeout has passed with the task still processing', async () => {
    const { client } = clientAnswering('processing');
    await expect(waitForTask(client, Promise.resolve({ taskUid: 8 } as never), { timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(
      /task 8 .* not finished within 30 ms/,
    );
  });

  it('leaves no timer behind when Meilisearch cannot be reached', async () => {
    const before = timers();
    const { client } = clientAnswering('processing', new Error('connect ECONNREFUSED 127.0.0.1:7700'));
    await expect(waitForTask(client, { taskUid: 9 } as never, { timeoutMs: 10 * 60_000, intervalMs: 1 })).rejects.toThrow(/ECONNREFUSED/);
    expect(timers()).toBe(before);
  });
});
