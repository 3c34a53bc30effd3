import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

const KEY = 'factsheet-theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The reader's own choice, if they made one (storage may be unavailable: then none). */
export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Puts the reader's choice on <html>; without one, the CSS follows prefers-color-scheme. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = darkQuery();
  query.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query.removeEventListener('change', listener);
  };
}

const effectiveTheme = (): Theme => storedTheme() ?? (darkQuery().matches ? 'dark' : 'light');

/** The theme in use, and a way to choose one; the choice persists across visits. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, effectiveTheme, () => 'light' as const);
  const choose = useCallback((next: Theme) => {
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    applyTheme(next);
    notify();
  }, []);
  return [theme, choose];
}
