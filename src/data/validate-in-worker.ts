import type { ValidationReply } from './validate-worker.ts';
import type { Problem } from './problem.ts';

/**
 * Checks the dataset text in a Web Worker and resolves with its problems. Where workers
 * are not available (tests, very old browsers) it validates here, loading the validator
 * on demand.
 */
export function validateInWorker(text: string): Promise<Problem[]> {
  if (typeof Worker === 'undefined') {
    return import('./parse.ts').then(({ parseDataset }) => {
      const result = parseDataset(text);
      return result.ok ? [] : result.problems;
    });
  }
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
