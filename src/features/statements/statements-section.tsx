import type { ReactNode } from 'react';
import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Section } from '../../ui/section.tsx';
import { StatementCard } from './statement-card.tsx';

export function StatementsSection({
  statements,
  index,
  emptyAction,
}: {
  statements: readonly StatementItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  return (
    <Section id="statements" title="Statements">
      {statements.length === 0 ? (
        <EmptyNote what="statements" action={emptyAction} />
      ) : (
        <div className="quote-grid">
          {statements.map((item) => (
            <StatementCard key={item.id} item={item} index={index} />
          ))}
        </div>
      )}
    </Section>
  );
}
