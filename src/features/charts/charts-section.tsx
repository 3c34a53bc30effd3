import './charts.css';
import { useMemo } from 'react';
import { chartGroups } from '../../model/chart-groups.ts';
import { claimantStyles } from '../../model/claimant-styles.ts';
import { eventsByTopic } from '../../model/chart-events.ts';
import type { EventItem, FigureItem } from '../../model/dataset-index.ts';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { SectionIntro } from '../../ui/section.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
import { ChartCard } from './chart-card.tsx';
import { ChartKey, keySignature } from './chart-key.tsx';
import { groupKeyOf } from '../../model/chart-key.ts';

const NO_EVENTS: readonly EventItem[] = [];

export function ChartsSection({ index, selection, clear, target }: SectionProps) {
  const { figures, events } = selection;
  // Styles and keys come from every figure of the dataset, so a claimant keeps its colour
  // and shape when filtering, and a group's key stays put (it is not redrawn on every click).
  const { styles, keys } = useMemo(() => {
    const all = index.items.filter((i): i is FigureItem => i.kind === 'figure');
    const allEvents = eventsByTopic(index.items.filter((i): i is EventItem => i.kind === 'event'));
    const keys = new Map(
      chartGroups(index, all).map((group) => {
        const key = groupKeyOf(group);
        const hasEvents = (allEvents.get(group.id) ?? NO_EVENTS).length > 0;
        return [group.id, { group, key, hasEvents, signature: keySignature(group, key, hasEvents) }];
      }),
    );
    return { styles: claimantStyles(all), keys };
  }, [index]);
  const byTopic = useMemo(() => eventsByTopic(events), [events]);
  const groups = useMemo(() => chartGroups(index, figures), [index, figures]);
  return (
    <>
      <SectionIntro>
        Each measure with two or more figures, grouped by topic; one key per group, for all its charts in the
        sheet. Colour is the claimant’s country, shape the body within it. Lines join only one claimant’s own
        figures in turn. Hover, tap or focus a mark for its details, or show any chart as a table. Measures
        with a single figure are under Other numbers.
      </SectionIntro>
      {groups.length === 0 ? (
        <EmptyNote what="measures with two or more figures" action={clear} />
      ) : (
        groups.map((group) => {
          const topicEvents = byTopic.get(group.id) ?? NO_EVENTS;
          const key = keys.get(group.id);
          return (
            <section key={group.id} className="chart-group" aria-labelledby={`chart-group-${group.id}`}>
              <h3 id={`chart-group-${group.id}`} className="chart-group__title">
                {group.name}
              </h3>
              {key && (
                <ChartKey
                  group={key.group}
                  groupKey={key.key}
                  signature={key.signature}
                  styles={styles}
                  index={index}
                  events={key.hasEvents}
                />
              )}
              <div className="chart-grid">
                {group.charts.map((entry) => (
                  <ChartCard
                    key={entry.metric.id}
                    entry={entry}
                    events={topicEvents}
                    styles={styles}
                    index={index}
                    linked={target?.block === entry.metric.id}
                  />
                ))}
              </div>
            </section>
          );
        })
      )}
    </>
  );
}
