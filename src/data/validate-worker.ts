/// <reference lib="webworker" />
import { parseDataset } from './parse.ts';
import type { Problem } from './problem.ts';

/**
 * Validates the dataset off the main thread: the page stays responsive while 100,000
 * items are checked, and the validator (valibot) never weighs on the first view.
 * Receives the file's text; answers with the problems (an empty list when it is valid).
 */
export type ValidationReply = { problems: Problem[] };

self.onmessage = (event: MessageEvent<string>) => {
  const result = parseDataset(event.data);
  const reply: ValidationReply = { problems: result.ok ? [] : result.problems };
  self.postMessage(reply);
};
