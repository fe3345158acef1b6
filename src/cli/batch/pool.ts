import * as os from 'os';
import { Worker } from 'worker_threads';
import { BatchOutcome, BatchTask, echoOf } from './protocol';

export const WORKER_FLAG = 'jsjy-batch-worker';

/**
 * Runs tasks on worker threads, one per core, each fed the next file as soon as it is free.
 * `script` is the bundled CLI itself (dist/cli.js starts as a worker when it sees WORKER_FLAG);
 * without a bundle (tests under ts-jest) tasks run in this thread one after another.
 */
export async function runPool(
  tasks: readonly BatchTask[],
  script: string | null,
  onDone: (outcome: BatchOutcome) => void,
  threads = Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
): Promise<BatchOutcome[]> {
  const results: BatchOutcome[] = new Array(tasks.length);
  const finish = (o: BatchOutcome) => {
    results[o.index] = o;
    onDone(o);
  };
  if (!script) {
    // Imported here: the main thread of a real batch never reads a workbook (its workers do).
    const { checkFile } = await import('./checkFile');
    for (const t of tasks) finish(await checkFile(t));
    return results;
  }
  let next = 0;
  const lane = () =>
    new Promise<void>((resolve) => {
      const start = () => {
        // A cap per worker keeps a hostile file from taking the machine; hitting it fails that file only.
        const worker = new Worker(script, { workerData: WORKER_FLAG, resourceLimits: { maxOldGenerationSizeMb: 768 } });
        let current: BatchTask | undefined;
        const feed = () => {
          current = tasks[next++];
          if (current) worker.postMessage(current);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (o: BatchOutcome) => {
          finish(o);
          feed();
        });
        // A worker that dies (e.g. out of memory on a hostile file) fails only that file;
        // a fresh worker takes the lane over.
        worker.on('error', (e) => {
          if (current) finish({ ...echoOf(current), ok: false, reason: `校验时出错：${e.message.split('\n')[0]}`, ms: 0 });
          current = undefined;
          start();
        });
        feed();
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.min(threads, tasks.length) }, lane));
  return results;
}
