import { formatCount } from '../../model/format.ts';
import { groupBySide } from '../../model/statement-groups.ts';
import { SectionIntro } from '../../ui/section.tsx';
import { SectionList } from '../../ui/section-list.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
import { StatementCard } from './statement-card.tsx';

const INTRO =
  'What each side has said, in date order under its name. A quote is on the record (published, or attributed by a named outlet) unless its badge says otherwise.';

export function StatementsSection({ index, selection, clear, target }: SectionProps) {
  const { statements } = selection;
  return (
    <>
      <SectionIntro>{INTRO}</SectionIntro>
      <SectionList
        items={statements}
        entriesInDataset={index.data.statements.length}
        datasetItems={index.items.length}
        what="statements"
        emptyAction={clear}
        count={`${formatCount(statements.length, 'statement')} match, in date order`}
        target={target}
        getId={(item) => item.id}
        renderItem={(item) => <StatementCard item={item} index={index} />}
        estimateSize={260}
        className="quote-column"
        label="Statements"
        full={() => (
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
        )}
      />
    </>
  );
}
