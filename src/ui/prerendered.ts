import { useSyncExternalStore } from 'react';
import { dayNumberOf } from '../model/currency.ts';

/*
 * The page is prerendered at build time (src/prerender.tsx) and hydrated in the browser
 * (main.tsx). Hydration must first draw exactly what the build drew; these hooks give the
 * build's answer while hydrating and the browser's answer right after, as one update.
 */

const never = () => () => undefined;

/** False while prerendering and hydrating, true after: for what only a browser can draw. */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

let buildDay: number | undefined;

/** The day the prerendered page was built, read from the page before hydrating it. */
export function setPrerenderDay(day: number | undefined): void {
  buildDay = day;
}

// Read once: what depends on it (the header's staleness note) must not flip while the page is open.
let loadDay: number | undefined;
const today = (): number => (loadDay ??= dayNumberOf(new Date()));

/** Today as a day number: the build's day while prerendering and hydrating, the reader's after. */
export const useToday = (): number => useSyncExternalStore(never, today, () => buildDay ?? today());
