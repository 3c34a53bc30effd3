import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { Section } from '../../ui/section.tsx';
import { StatementCard } from './statement-card.tsx';

export function StatementsSection({
  statements,
  index,
}: {
  statements: readonly StatementItem[];
  index: DatasetIndex;
}) {
  return (
    <Section id="statements" title="Statements">
      <div className="quote-grid">
        {statements.map((item) => (
          <StatementCard key={item.id} item={item} index={index} />
        ))}
      </div>
    </Section>
  );
}
