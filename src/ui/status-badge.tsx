import type { Status } from '../data/schema.ts';
import { STATEMENT_STATUS_LABEL, STATUS_LABEL } from '../model/status.ts';

/**
 * The status as a word, with a shape that differs per status; colour only repeats it. The
 * Method section's glossary says what each word means.
 */
export function StatusBadge({ status, of = 'figure' }: { status: Status; of?: 'figure' | 'statement' }) {
  const label = of === 'statement' ? STATEMENT_STATUS_LABEL : STATUS_LABEL;
  return (
    <span className={`badge badge--${status}`}>
      <span className="badge__mark" aria-hidden="true" />
      {label[status]}
    </span>
  );
}
