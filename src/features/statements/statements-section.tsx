import type { ReactNode } from 'react';
import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { formatCount } from '../../model/format.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { FULL_LIST_LIMIT, LongList } from '../../ui/long-list.tsx';
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
      ) : index.data.statements.length > FULL_LIST_LIMIT ? (
        <>
          <p className="list-count">
            {formatCount(statements.length, 'statement')} match, in date order; more appear as you scroll.
          </p>
          <LongList
            items={statements}
            getId={(item) => item.id}
            renderItem={(item) => <StatementCard item={item} index={index} />}
            estimateSize={320}
            minColumnWidth={336}
            label="Statements"
          />
        </>
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
