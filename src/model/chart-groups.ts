import type { Metric } from '../data/schema.ts';
import { claimantCount, compareRecency, metricsWithFigures } from './claims.ts';
import type { DatasetIndex, FigureItem } from './dataset-index.ts';
import { nameOf } from './names.ts';
import { scaleTopOf } from './chart-scale.ts';

/** One chart of a group: a metric with two or more figures. */
export interface ChartEntry {
  metric: Metric;
  figures: FigureItem[];
  /** The top of its value scale: shared with comparable charts of its group, or its own. */
  scaleTop: number;
  /**
   * `shared`: the same scale as comparable charts of its group (same unit and measure);
   * `smaller`: its own, since its values are under a tenth of theirs; `own`: nothing to share with.
   */
  scale: 'shared' | 'smaller' | 'own';
}

/** The charts of one topic, drawn as small multiples under one heading with one key. */
export interface ChartGroup {
  id: string;
  name: string;
  charts: ChartEntry[];
  /** One figure of each claimant drawn in the group, for the key (name and style). */
  claimants: FigureItem[];
}

/**
 * Charts share a scale when they count the same thing the same way (unit and measure),
 * unless one's values are under a tenth of the others': on a shared scale it would be a
 * flat line along the bottom.
 */
const SHARE_RATIO = 10;

const scaleKey = (metric: Metric) => `${metric.unit}|${metric.measure ?? ''}`;

/**
 * The charts of the selection: metrics with two or more figures (one figure is no chart,
 * see otherNumbers), grouped by topic in the dataset's topic order.
 */
export function chartGroups(index: DatasetIndex, figures: readonly FigureItem[]): ChartGroup[] {
  const byTopic = new Map<string, { metric: Metric; figures: FigureItem[]; top: number }[]>();
  for (const entry of metricsWithFigures(index.data.metrics, figures)) {
    if (entry.figures.length < 2) continue;
    const list = byTopic.get(entry.metric.topic) ?? [];
    list.push({ ...entry, top: scaleTopOf(entry.figures) });
    byTopic.set(entry.metric.topic, list);
  }
  const topicOrder = index.data.topics.map((topic) => topic.id);
  const order = (id: string) => {
    const at = topicOrder.indexOf(id);
    return at === -1 ? topicOrder.length : at;
  };
  return [...byTopic]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([topic, entries]): ChartGroup => {
      const tops = new Map<string, number>();
      for (const { metric, top } of entries)
        tops.set(scaleKey(metric), Math.max(tops.get(scaleKey(metric)) ?? 0, top));
      const sharers = (key: string, shared: number) =>
        entries.filter((e) => scaleKey(e.metric) === key && e.top * SHARE_RATIO >= shared).length;
      const claimants = new Map<string, FigureItem>();
      for (const entry of entries)
        for (const figure of entry.figures)
          if (!claimants.has(figure.claimant)) claimants.set(figure.claimant, figure);
      return {
        id: topic,
        name: nameOf(index.topics, topic),
        charts: entries.map(({ metric, figures: list, top }) => {
          const key = scaleKey(metric);
          const sharedTop = tops.get(key) ?? top;
          const comparable = entries.filter((e) => scaleKey(e.metric) === key).length > 1;
          const shared = comparable && top * SHARE_RATIO >= sharedTop && sharers(key, sharedTop) > 1;
          return {
            metric,
            figures: list,
            scaleTop: shared ? sharedTop : top,
            scale: shared ? 'shared' : comparable && top * SHARE_RATIO < sharedTop ? 'smaller' : 'own',
          };
        }),
        claimants: [...claimants.values()],
      };
    });
}

/** A measure only one claimant gives a number for: listed, not compared. */
export interface OtherNumber {
  metric: Metric;
  latest: FigureItem;
  /** The claimant's earlier figures, newest first: how its number changed. */
  earlier: FigureItem[];
  /** It also has a chart (two or more figures). */
  charted: boolean;
}

/** Measures with a single claimant in the selection (so every single-figure measure), in the dataset's order. */
export function otherNumbers(index: DatasetIndex, figures: readonly FigureItem[]): OtherNumber[] {
  return metricsWithFigures(index.data.metrics, figures)
    .filter((entry) => claimantCount(entry.figures) === 1)
    .map(({ metric, figures: list }) => {
      const sorted = [...list].sort(compareRecency).reverse();
      return {
        metric,
        latest: sorted[0] as FigureItem,
        earlier: sorted.slice(1),
        charted: list.length > 1,
      };
    });
}

/** Measures two or more claimants give numbers for: what Claims compared sets side by side. */
export const comparedMetrics = (
  metrics: readonly Metric[],
  figures: readonly FigureItem[],
): { metric: Metric; figures: FigureItem[] }[] =>
  metricsWithFigures(metrics, figures).filter((entry) => claimantCount(entry.figures) > 1);

/** One chart alone, for an embed (see chartAlone). */
export interface ChartAlone {
  /** Its group, cut down to it. */
  group: ChartGroup;
  entry: ChartEntry;
  /** Every figure of the sheet, for claimants' styles as on the sheet. */
  figures: FigureItem[];
}

/**
 * One chart of the whole sheet on its own (for an embed): its own scale (no charts beside it
 * to share one with), and its group cut down to it, so that its key names only its claimants.
 */
export function chartAlone(index: DatasetIndex, metricId: string): ChartAlone | null {
  const figures = index.items.filter((item): item is FigureItem => item.kind === 'figure');
  for (const group of chartGroups(index, figures)) {
    const shared = group.charts.find((chart) => chart.metric.id === metricId);
    if (!shared) continue;
    const entry: ChartEntry = { ...shared, scale: 'own', scaleTop: scaleTopOf(shared.figures) };
    const drawn = new Set(entry.figures.map((figure) => figure.claimant));
    return {
      group: { ...group, charts: [entry], claimants: group.claimants.filter((f) => drawn.has(f.claimant)) },
      entry,
      figures,
    };
  }
  return null;
}
