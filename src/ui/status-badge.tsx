import type { Status } from '../data/schema.ts';
import {
  STATEMENT_STATUS_LABEL,
  STATEMENT_STATUS_MEANING,
  STATUS_LABEL,
  STATUS_MEANING,
} from '../model/status.ts';

/** The status as a word, with a shape that differs per status; colour only repeats it. */
export function StatusBadge({ status, of = 'figure' }: { status: Status; of?: 'figure' | 'statement' }) {
  const label = of === 'statement' ? STATEMENT_STATUS_LABEL : STATUS_LABEL;
  const meaning = of === 'statement' ? STATEMENT_STATUS_MEANING : STATUS_MEANING;
  return (
    <span className={`badge badge--${status}`} title={meaning[status]}>
      <span className="badge__mark" aria-hidden="true" />
      {label[status]}
    </span>
  );
}
