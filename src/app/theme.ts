import { useCallback, useSyncExternalStore } from 'react';

/** What the reader chose: follow the system setting, or always light, or always dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'factsheet-theme';

/** The reader's own choice, if they made one (storage may be unavailable: then "system"). */
export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the reader's choice on <html>; with "system", the CSS follows prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's choice, and a way to change it; it persists across visits. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, storedTheme, () => 'system' as const);
  const choose = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, next);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    applyTheme(next);
    listeners.forEach((listener) => listener());
  }, []);
  return [choice, choose];
}
