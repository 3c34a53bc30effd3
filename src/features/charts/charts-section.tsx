import './charts.css';
import { useMemo, type ReactNode } from 'react';
import { chartGroups } from '../../model/chart-groups.ts';
import { claimantStyles } from '../../model/claimant-styles.ts';
import { eventsByTopic } from '../../model/chart-events.ts';
import type { DatasetIndex, EventItem, FigureItem } from '../../model/dataset-index.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { Section } from '../../ui/section.tsx';
import { ChartCard } from './chart-card.tsx';
import { ChartKey } from './chart-key.tsx';

const NO_EVENTS: readonly EventItem[] = [];

export function ChartsSection({
  figures,
  events,
  index,
  emptyAction,
}: {
  figures: readonly FigureItem[];
  events: readonly EventItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  // Styles come from every figure of the dataset, so a claimant keeps its colour and shape when filtering.
  const styles = useMemo(
    () => claimantStyles(index.items.filter((i): i is FigureItem => i.kind === 'figure')),
    [index],
  );
  const groups = useMemo(() => chartGroups(index, figures), [index, figures]);
  const byTopic = useMemo(() => eventsByTopic(events), [events]);
  return (
    <Section
      id="charts"
      title="Charts"
      intro="Each measure with two or more figures, grouped by topic; one key per group. Colour is the claimant’s country, shape the body within it. Lines join only one claimant’s own figures in turn. Hover, tap or focus a mark for its details, or show any chart as a table. Measures with a single figure are under Other numbers."
    >
      {groups.length === 0 ? (
        <EmptyNote what="measures with two or more figures" action={emptyAction} />
      ) : (
        groups.map((group) => {
          const topicEvents = byTopic.get(group.id) ?? NO_EVENTS;
          return (
            <section key={group.id} className="chart-group" aria-labelledby={`chart-group-${group.id}`}>
              <h3 id={`chart-group-${group.id}`} className="chart-group__title">
                {group.name}
              </h3>
              <ChartKey group={group} styles={styles} index={index} events={topicEvents.length > 0} />
              <div className="chart-grid">
                {group.charts.map((entry) => (
                  <ChartCard
                    key={entry.metric.id}
                    entry={entry}
                    events={topicEvents}
                    styles={styles}
                    index={index}
                  />
                ))}
              </div>
            </section>
          );
        })
      )}
    </Section>
  );
}
