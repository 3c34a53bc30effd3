import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { dayNumberOf } from '../model/currency.ts';

/*
 * The page is prerendered at build time (src/prerender.tsx) and hydrated in the browser
 * (main.tsx). Hydration must first draw exactly what the build drew; these hooks give the
 * build's answer while hydrating and the browser's answer right after, as one update.
 */

const never = () => () => undefined;

/**
 * A value only the browser knows, read once per render: `onServer` while prerendering and
 * hydrating (so that hydration draws what the build drew), the browser's right after.
 */
export const useBrowserValue = <T>(read: () => T, onServer: T): T =>
  useSyncExternalStore(never, read, () => onServer);

// True while prerendering (no window) and once main.tsx hydrates a prerendered page.
let fromBuild = typeof window === 'undefined';
let buildDay: number | undefined;

/** Before hydrating a prerendered page: the day the build drew it on. */
export function startHydration(day: number | undefined): void {
  fromBuild = true;
  buildDay = day;
}

/**
 * False while prerendering and hydrating, true after: for what only a browser can draw (the
 * charts). The switch comes in a transition, so drawing it yields to the reader (a
 * synchronous update here blocked the main thread for about 0.2 s on a phone).
 */
export function useAfterHydration(): boolean {
  const [after, setAfter] = useState(() => !fromBuild);
  useEffect(() => {
    if (!after) startTransition(() => setAfter(true));
  }, [after]);
  return after;
}

// Read once: what depends on it (the header's staleness note) must not flip while the page is open.
let loadDay: number | undefined;
const today = (): number => (loadDay ??= dayNumberOf(new Date()));

/** Today as a day number: the build's day while prerendering and hydrating, the reader's after. */
export const useToday = (): number => useBrowserValue(today, buildDay ?? today());
