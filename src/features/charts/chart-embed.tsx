import './charts.css';
import { useMemo } from 'react';
import { eventsByTopic } from '../../model/chart-events.ts';
import type { ChartAlone } from '../../model/chart-groups.ts';
import { groupKeyOf } from '../../model/chart-key.ts';
import { claimantStyles } from '../../model/claimant-styles.ts';
import type { DatasetIndex, EventItem } from '../../model/dataset-index.ts';
import { ChartCard } from './chart-card.tsx';
import { ChartKey, keySignature } from './chart-key.tsx';

const NO_EVENTS: readonly EventItem[] = [];

/** One chart of the sheet alone, with its key, for embed.html?chart=<metric id>. */
export default function ChartEmbed({ index, alone }: { index: DatasetIndex; alone: ChartAlone }) {
  const styles = useMemo(() => claimantStyles(alone.figures), [alone]);
  const events = useMemo(
    () =>
      eventsByTopic(index.items.filter((i): i is EventItem => i.kind === 'event')).get(alone.group.id) ??
      NO_EVENTS,
    [index, alone],
  );
  const key = groupKeyOf(alone.group);
  const hasEvents = events.length > 0;
  return (
    <div className="chart-embed">
      <ChartCard entry={alone.entry} events={events} styles={styles} index={index} embedded />
      <ChartKey
        group={alone.group}
        groupKey={key}
        signature={keySignature(alone.group, key, hasEvents)}
        styles={styles}
        index={index}
        events={hasEvents}
        unfolded
      />
    </div>
  );
}
