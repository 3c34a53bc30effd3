/** What the reader does to take over: from then on the page is theirs, not a link's or a jump's. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Calls `then` on the reader's next input; returns what stops listening. */
export function onReaderInput(then: () => void): () => void {
  for (const type of READER_INPUT) window.addEventListener(type, then, { passive: true });
  return () => {
    for (const type of READER_INPUT) window.removeEventListener(type, then);
  };
}
