import type { Problem } from './problem.ts';
import type { ValidationReply } from './validate-worker.ts';

/** Checks the dataset text in a Web Worker and resolves with its problems (none when valid). */
export function validateInWorker(text: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ValidationReply>) => {
      worker.terminate();
      resolve(event.data.problems);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The dataset validator failed to run: ${event.message}`));
    };
    worker.postMessage(text);
  });
}
