import { parentPort } from 'worker_threads';
import { checkFile } from './checkFile';
import { BatchTask } from './protocol';

/** The worker side of the pool: check each file it is sent, answer with the outcome. */
export function runWorker(): void {
  parentPort?.on('message', (task: BatchTask) => {
    void checkFile(task).then((outcome) => parentPort?.postMessage(outcome));
  });
}
