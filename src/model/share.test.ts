import { describe, expect, it } from 'vitest';
import { figure, makeFactsheet } from '../testing/data-generators.ts';
import { chartAlone, chartGroups } from './chart-groups.ts';
import { chartPicture } from './chart-picture.ts';
import { claimantStyles } from './claimant-styles.ts';
import { groupKeyOf, markNotes, MARK_TEXT } from './chart-key.ts';
import { buildIndex, type FigureItem } from './dataset-index.ts';
import { embedRequest, embedSnippet, EMBED_HEIGHT_MESSAGE, type EmbedKind } from './embed.ts';

const index = buildIndex(
  makeFactsheet({
    metrics: [
      { id: 'troops', name: 'Troops sent', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
      { id: 'losses', name: 'Losses', unit: 'soldiers', topic: 'troops', measure: 'cumulative' },
    ],
    figures: [
      figure({ id: 't-1', date: '2025-01', value: 1000, claimant: 'alpha' }),
      figure({ id: 't-2', date: '2025-03', value: 3000, claimant: 'alpha', qualifier: 'about' }),
      figure({ id: 'l-1', metric: 'losses', date: '2025-02', value: 500, claimant: 'beta' }),
      figure({
        id: 'l-2',
        metric: 'losses',
        date: '2025-04',
        value: 900,
        claimant: 'gamma',
        status: 'projected',
      }),
    ],
  }),
);

describe('chartAlone (an embedded chart)', () => {
  it('has its own scale (no chart beside it to share one with) and names only its own claimants', () => {
    const alone = chartAlone(index, 'losses')!;
    const figures = index.items.filter((i): i is FigureItem => i.kind === 'figure');
    const onSheet = chartGroups(index, figures)[0]!.charts.find((c) => c.metric.id === 'losses')!;
    expect(onSheet.scale).toBe('shared');
    expect(onSheet.scaleTop).toBe(3000);
    expect(alone.entry.scale).toBe('own');
    // Its own firm figures set it; the forecast above it is drawn at the edge.
    expect(alone.entry.scaleTop).toBe(500);
    expect(alone.group.charts).toHaveLength(1);
    expect(alone.group.claimants.map((f) => f.claimant).sort()).toEqual(['beta', 'gamma']);
  });

  it('is null for a metric with no chart or no such metric', () => {
    expect(chartAlone(index, 'nope')).toBeNull();
    expect(chartAlone(buildIndex(makeFactsheet()), 'aid-tonnes')).toBeNull();
  });
});

describe('markNotes (the key in words)', () => {
  it('explains the marks one chart draws and no others', () => {
    const troops = chartAlone(index, 'troops')!;
    expect(markNotes(groupKeyOf(troops.group), false)).toEqual([
      MARK_TEXT.firm,
      MARK_TEXT.about,
      MARK_TEXT.lines,
    ]);
    const losses = chartAlone(index, 'losses')!;
    expect(markNotes(groupKeyOf(losses.group), true)).toEqual([
      MARK_TEXT.firm,
      MARK_TEXT.projected,
      MARK_TEXT.beyond,
      MARK_TEXT.events,
    ]);
  });
});

describe('embed code', () => {
  it('points at the embed page next to the sheet, whatever the address carries', () => {
    const src = (pageUrl: string, kind: EmbedKind, metric: string) =>
      /<iframe src="([^"]*)"/.exec(embedSnippet({ pageUrl, kind, metric, title: 'T', height: 400 }))?.[1];
    expect(src('https://x.example/a/b/', 'chart', 'troops')).toBe(
      'https://x.example/a/b/embed.html?chart=troops',
    );
    expect(src('https://x.example/a/?q=1#f', 'figure', 'a b')).toBe(
      'https://x.example/a/embed.html?figure=a+b',
    );
  });

  it('escapes the title for the attribute and sizes the frame from the messages', () => {
    const code = embedSnippet({
      pageUrl: 'https://x.example/',
      kind: 'chart',
      metric: 'troops',
      title: 'Troops "sent" <script>',
      height: 500.4,
    });
    expect(code).toContain('title="Troops &quot;sent&quot; &lt;script&gt;"');
    expect(code).toContain('height="500"');
    expect(code).toContain(`d.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(code.match(/<script>/g)).toHaveLength(1);
  });
});

describe('chartPicture (what a downloaded chart carries)', () => {
  const alone = chartAlone(index, 'losses')!;
  const styles = claimantStyles(alone.figures);
  const picture = chartPicture({
    index,
    entry: alone.entry,
    chart: {
      caption: 'Two figures.',
      aggregation: null,
      eventNote: 'Events: 1 labelled.',
      events: [
        { id: 'e-1', x: 0, date: '2025-02-01', title: 'Border crossing', count: 1, label: 1 },
        { id: 'e-2', x: 1, date: '2025-03-01', title: 'Quiet', count: 1, label: null },
      ],
    },
    styles,
    scaleNote: 'Its own scale.',
    pageUrl: 'https://x.example/',
  });

  it('has the title with its unit, the caption with its notes, and the labelled events only', () => {
    expect(picture.title).toBe('Losses (soldiers)');
    expect(picture.caption).toEqual(['Two figures.', 'Its own scale.', 'Events: 1 labelled.']);
    expect(picture.events).toEqual(['Event 1, 1 Feb 2025: Border crossing']);
  });

  it('keys each of its own claimants once, with the style it has on the sheet, and credits them', () => {
    expect(picture.key.map((entry) => entry.name)).toEqual(['Betastan', 'Gamma Union']);
    expect(picture.key[0]).toMatchObject(styles.get('beta')!);
    expect(picture.sourceLine).toBe(
      'Source: Betastan; Gamma Union; compiled by Test sheet, https://x.example/, version 1',
    );
    expect(picture.fileName).toBe('losses-1');
    expect(picture.marks).toContain(MARK_TEXT.events);
  });
});

describe('embedRequest (what an embed address asks for)', () => {
  it('reads a chart or a key figure, a chart first, and nothing from an empty or garbled address', () => {
    expect(embedRequest('?chart=troops')).toEqual({ kind: 'chart', id: 'troops' });
    expect(embedRequest('?figure=killed&x=1')).toEqual({ kind: 'figure', id: 'killed' });
    expect(embedRequest('?figure=a&chart=b')).toEqual({ kind: 'chart', id: 'b' });
    expect(embedRequest('')).toBeNull();
    expect(embedRequest('?chart=&figure=')).toBeNull();
    expect(embedRequest('?%%%')).toBeNull();
  });
});
