import { memo, useState, type ReactNode } from 'react';
import type { Status } from '../../data/schema.ts';
import type { SeriesStyle } from '../../model/claimant-styles.ts';
import type { ChartGroup } from '../../model/chart-groups.ts';
import { keyCountries, MARK_TEXT, type GroupKey } from '../../model/chart-key.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { formatCount } from '../../model/format.ts';
import { usePrinting } from '../../ui/use-printing.ts';
import { useMediaQuery } from '../../ui/use-media-query.ts';
import {
  colourClass,
  MarkerSwatch,
  QualifierMark,
  shapeOf,
  type QualifierSign,
} from '../../ui/marker-shape.tsx';

const STATUS_MARKS: { key: string; statuses: Status[]; shown: Status; text: string }[] = [
  {
    key: 'firm',
    statuses: ['confirmed', 'reported', 'estimated'],
    shown: 'reported',
    text: MARK_TEXT.firm,
  },
  { key: 'projected', statuses: ['projected'], shown: 'projected', text: MARK_TEXT.projected },
  { key: 'claimed', statuses: ['claimed'], shown: 'claimed', text: MARK_TEXT.claimed },
  { key: 'disputed', statuses: ['disputed'], shown: 'disputed', text: MARK_TEXT.disputed },
];

function Glyph({ children }: { children: ReactNode }) {
  return (
    <svg className="swatch swatch--neutral" viewBox="-11 -11 22 22" width="22" height="22" aria-hidden="true">
      {children}
    </svg>
  );
}

const MAX_NAMED_BODIES = 24;

const SIGNS: { sign: QualifierSign; has: 'above' | 'below' | 'about'; text: string }[] = [
  { sign: 'above', has: 'above', text: MARK_TEXT.above },
  { sign: 'below', has: 'below', text: MARK_TEXT.below },
  { sign: 'about', has: 'about', text: MARK_TEXT.about },
];

/**
 * One key for a group of charts: each claimant (colour for its country, shape for its
 * body) and every kind of mark the group draws, in words.
 */
/** Redraws only when what it shows changes, not on every filter change (a large sheet has dozens of claimants per key). */
export const ChartKey = memo(ChartKeyOf, (a, b) => a.signature === b.signature);

/** What a key shows, as one string: its marks and its claimants in order. */
export function keySignature(group: ChartGroup, key: GroupKey, events: boolean): string {
  const flags = [key.above, key.below, key.about, key.ranges, key.periods, key.lines, key.beyond, events];
  return `${group.name}|${[...key.statuses].sort().join()}|${flags.map(Number).join('')}|${group.claimants.map((f) => f.claimant).join('\n')}`;
}

function ChartKeyOf({
  group,
  groupKey: key,
  styles,
  index,
  events,
  unfolded = false,
}: {
  group: ChartGroup;
  groupKey: GroupKey;
  styles: ReadonlyMap<string, SeriesStyle>;
  index: DatasetIndex;
  events: boolean;
  signature: string;
  /** Open even on a phone: a chart alone (an embed) needs its key in view. */
  unfolded?: boolean;
}) {
  const list = keyCountries(group, styles, index.actors);
  // Past a couple of dozen bodies a key is unreadable (and slow to redraw on every filter
  // change): it then names the countries, and a mark's tooltip names its body.
  const many = group.claimants.length > MAX_NAMED_BODIES;
  // A phone screen would be all key: there it starts folded.
  const phone = useMediaQuery('(max-width: 40rem)');
  const [open, setOpen] = useState(!phone || unfolded);
  const printing = usePrinting();
  return (
    <details
      className="chart-key"
      open={open || printing}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="chart-key__summary">Key to the {group.name} charts</summary>
      <div className="chart-key__body">
        <ul className="chart-key__series" aria-label="Claimants">
          {list.map((actor) => (
            <li key={actor.id} className="chart-key__actor">
              <span className="chart-key__country">{actor.name}</span>
              {many ? (
                <span className="chart-key__entry">
                  <MarkerSwatch shape="circle" status="reported" className={colourClass(actor.colour)} />
                  {formatCount(actor.bodies.length, 'body', 'bodies')}
                </span>
              ) : (
                actor.bodies.map((body) => (
                  <span key={body.key} className="chart-key__entry">
                    <MarkerSwatch
                      shape={shapeOf(body.shape)}
                      status="reported"
                      className={colourClass(actor.colour)}
                    />
                    {body.name}
                  </span>
                ))
              )}
            </li>
          ))}
        </ul>
        <ul className="chart-key__marks" aria-label="Marks">
          {STATUS_MARKS.filter((m) => m.statuses.some((s) => key.statuses.has(s))).map((m) => (
            <li key={m.key}>
              <MarkerSwatch shape="circle" status={m.shown} className="swatch--neutral" />
              {m.text}
            </li>
          ))}
          {SIGNS.filter((s) => key[s.has]).map(({ sign, text }) => (
            <li key={text}>
              <Glyph>
                <circle r="4" className="key-dot" />
                <QualifierMark sign={sign} r={4} />
              </Glyph>
              {text}
            </li>
          ))}
          {key.lines && (
            <li>
              <Glyph>
                <path d="M-10,6L10,-6" className="key-line" />
              </Glyph>
              {MARK_TEXT.lines}
            </li>
          )}
          {key.ranges && (
            <li>
              <Glyph>
                <path d="M-4,-8H4M0,-8V8M-4,8H4" className="key-line" />
              </Glyph>
              {MARK_TEXT.ranges}
            </li>
          )}
          {key.periods && (
            <li>
              <Glyph>
                <path d="M-10,-4v8M-10,0H10M10,-4v8" className="key-line" />
              </Glyph>
              {MARK_TEXT.periods}
            </li>
          )}
          {key.beyond && (
            <li>
              <Glyph>
                <path d="M0,8V-8M-4,-4L0,-8L4,-4" className="key-line" />
              </Glyph>
              {MARK_TEXT.beyond}
            </li>
          )}
          {events && (
            <li>
              <Glyph>
                <circle r="7" className="key-event" />
                <text y="4" textAnchor="middle" className="key-event-number">
                  1
                </text>
              </Glyph>
              {MARK_TEXT.events}
            </li>
          )}
        </ul>
      </div>
    </details>
  );
}
