import { useSyncExternalStore } from 'react';

/**
 * The id a link points at (#id), decoded; '' when there is none or when its
 * percent-encoding is broken (a doctored link must not break the page).
 */
export function hashTarget(): string {
  if (typeof window === 'undefined') return '';
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

const onHashChange = (then: () => void) => {
  window.addEventListener('hashchange', then);
  return () => window.removeEventListener('hashchange', then);
};

/** The id the address points at, following the reader's in-page links. */
export const useHashTarget = (): string => useSyncExternalStore(onHashChange, hashTarget, () => '');
