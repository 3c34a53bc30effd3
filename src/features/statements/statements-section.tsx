import type { ReactNode } from 'react';
import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { formatCount } from '../../model/format.ts';
import { groupBySide } from '../../model/statement-groups.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { FULL_LIST_LIMIT, LongList } from '../../ui/long-list.tsx';
import { Section } from '../../ui/section.tsx';
import { StatementCard } from './statement-card.tsx';

const INTRO =
  'What each side has said, in date order under its name. A quote is on the record (published, or attributed by a named outlet) unless its badge says otherwise.';

export function StatementsSection({
  statements,
  index,
  emptyAction,
}: {
  statements: readonly StatementItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  if (statements.length === 0) {
    return (
      <Section id="statements" title="Statements" intro={INTRO}>
        <EmptyNote what="statements" action={emptyAction} />
      </Section>
    );
  }
  if (index.data.statements.length > FULL_LIST_LIMIT) {
    return (
      <Section id="statements" title="Statements" intro={INTRO}>
        <p className="list-count">
          {formatCount(statements.length, 'statement')} match, in date order; more appear as you scroll.
        </p>
        <LongList
          items={statements}
          getId={(item) => item.id}
          renderItem={(item) => <StatementCard item={item} index={index} />}
          estimateSize={260}
          className="quote-column"
          label="Statements"
        />
      </Section>
    );
  }
  return (
    <Section id="statements" title="Statements" intro={INTRO}>
      <div className="quote-sides">
        {groupBySide(statements, index).map(({ side, name, statements: ofSide }) => (
          <div key={side} className="quote-side">
            <h3 id={`statements-${side}`} className="list-group__title">
              {name} <span className="quote-side__count">{formatCount(ofSide.length, 'statement')}</span>
            </h3>
            <div className="quote-column">
              {ofSide.map((item) => (
                <StatementCard key={item.id} item={item} index={index} headingLevel={4} />
              ))}
            </div>
          </div>
        ))}
      </div>
    </Section>
  );
}
