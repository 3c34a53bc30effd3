import type { ReactNode } from 'react';

/** What an empty section says: nothing matches, and how to get back. */
export function EmptyNote({ what, action }: { what: string; action?: ReactNode }) {
  return (
    <p className="empty-note">
      No {what} match the current filters.{action ? ' ' : ''}
      {action}
    </p>
  );
}
