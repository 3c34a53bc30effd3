import { useEffect, useState } from 'react';
import { hashTarget } from './hash-target.ts';

/**
 * A folded block that opens by itself when the page's #hash points into it: on load, when
 * the hash changes, and when the permalink hook asks lists to reveal an item
 * ("factsheet:reveal"). The reader may fold it again.
 */
export function useOpenOnTarget(holds: (id: string) => boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => holds(hashTarget()));
  useEffect(() => {
    const onTarget = () => {
      if (holds(hashTarget())) setOpen(true);
    };
    // The hash may have changed between the render and now.
    onTarget();
    window.addEventListener('hashchange', onTarget);
    window.addEventListener('factsheet:reveal', onTarget);
    return () => {
      window.removeEventListener('hashchange', onTarget);
      window.removeEventListener('factsheet:reveal', onTarget);
    };
  }, [holds]);
  return [open, setOpen];
}
