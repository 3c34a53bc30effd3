/**
 * Long computations written as generators that `yield` now and then can run either in one
 * go (tests, Node scripts) or in slices that give the page back between them, so that the
 * browser can paint and answer input while 100,000 items are checked and indexed.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Hands control back to the browser: a macrotask, so that input and paint can go first. */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Runs the steps in slices of about `sliceMs`, yielding to the page between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 40): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
