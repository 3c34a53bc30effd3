/**
 * What the benchmark installs in the page before the app's scripts run (addInitScript).
 *
 * Plain JavaScript in a string on purpose: tsx compiles functions with esbuild's keepNames,
 * which wraps them in a `__name` helper that does not exist in the page, so functions
 * handed to page.evaluate must not contain named inner functions. Everything non-trivial
 * lives here, and the Node side only calls `window.__bench.*` through small arrows.
 */

export interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame: blocking is the frame's blockingDuration (long tasks − 50 ms each, plus rendering). */
export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
}

export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export type ClickMeasure =
  { nextPaint: number; settled: number } | { error: string; nextPaint: number | null };

export interface Probe {
  longtasks: LongTask[];
  frames: LongFrame[];
  events: EventEntry[];
  /** performance.now() when an <h2>Key figures</h2> first appeared in the DOM. */
  headingAt: number | null;
  /** ... and after the next paint that followed (rAF, then a MessageChannel task). */
  headingPaintedAt: number | null;
  observers: { longtask: boolean; frame: boolean; event: boolean };
  resultLine(): string | null;
  afterPaint(): Promise<number>;
  /** Resolves when the main thread is idle (React's time-sliced work done), or after 5 s. */
  idle(): Promise<void>;
  clickAndMeasure(box: Element, timeoutMs: number): Promise<ClickMeasure>;
}

export interface ProbeWindow {
  __bench: Probe;
}

export const PROBE_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const probe = {
    longtasks: [],
    frames: [],
    events: [],
    headingAt: null,
    headingPaintedAt: null,
    observers: { longtask: false, frame: false, event: false },
  };
  window.__bench = probe;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    probe.observers.longtask = true;
  } catch (error) {}

  // Long Animation Frames see what the Long Tasks API misses in Chromium: work done in a
  // promise continuation after a fetch (the app's JSON.parse and indexing) is not a "task".
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0 });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    probe.observers.frame = true;
  } catch (error) {}

  // Event Timing: what INP is made of. 16 ms is the lowest threshold the API accepts.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId || 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    probe.observers.event = true;
  } catch (error) {}

  const headingNamed = (name) => {
    for (const h of document.querySelectorAll('h2')) if ((h.textContent || '').trim() === name) return h;
    return null;
  };

  // Fallback for the app's factsheet:rendered mark: when the first real section heading
  // enters the DOM (the skeleton's section titles are not headings), and when it is painted.
  const headingWatch = new MutationObserver(() => {
    if (probe.headingAt === null && headingNamed('Key figures')) {
      probe.headingAt = performance.now();
      headingWatch.disconnect();
      probe.afterPaint().then((t) => {
        probe.headingPaintedAt = t;
      });
    }
  });
  headingWatch.observe(document, { childList: true, subtree: true });

  const filtersRegion = () => {
    const heading = headingNamed('Filters');
    return heading ? heading.closest('section, [role=region]') : null;
  };

  probe.resultLine = () => {
    const region = filtersRegion();
    if (!region) return null;
    for (const el of region.querySelectorAll('[role=status]')) {
      const text = (el.textContent || '').trim();
      if (text.startsWith('Showing')) return text;
    }
    return null;
  };

  // "After the next paint": a frame callback, then a task queued from it.
  probe.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  probe.idle = () =>
    new Promise((resolve) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => resolve(), { timeout: 5000 })
        : setTimeout(resolve, 50),
    );

  probe.clickAndMeasure = (box, timeoutMs) =>
    new Promise((resolve) => {
      const region = box.closest('section, [role=region]') || document.body;
      const before = probe.resultLine();
      if (before === null) {
        resolve({ error: 'no result line ("Showing …") in the Filters region', nextPaint: null });
        return;
      }
      let t0 = 0;
      let paint = null;
      let settled = null;
      let changed = false;
      let done = false;
      let timer = 0;
      const observer = new MutationObserver(() => {
        if (changed || probe.resultLine() === before) return;
        changed = true;
        observer.disconnect();
        probe.afterPaint().then((t) => {
          settled = t;
          finish(null);
        });
      });
      const finish = (error) => {
        if (done) return;
        if (!error && (paint === null || settled === null)) return;
        done = true;
        clearTimeout(timer);
        observer.disconnect();
        resolve(
          error
            ? { error, nextPaint: paint === null ? null : paint - t0 }
            : { nextPaint: paint - t0, settled: settled - t0 },
        );
      };
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      timer = setTimeout(() => finish('the result line did not change within ' + timeoutMs + ' ms'), timeoutMs);
      t0 = performance.now();
      box.click();
      probe.afterPaint().then((t) => {
        paint = t;
        finish(null);
      });
    });
})();`;
