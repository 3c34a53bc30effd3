import type { Qualifier, Status } from '../data/schema.ts';

/** Marker shapes, told apart without colour; a series' style index picks one. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'star', 'wye'] as const;
export type Shape = (typeof SHAPES)[number];
export const SERIES_COLOURS = 12;

/** A claimant's marker: the shape of its body within its actor. */
export const shapeOf = (shape: number): Shape => SHAPES[shape % SHAPES.length] ?? 'circle';
/** A claimant's colour: that of its actor (country). */
export const colourClass = (colour: number): string => `series-${(colour % SERIES_COLOURS) + 1}`;

/** Where a qualifier puts its sign: "more than" points up, "up to" down, "about" is a tilde. */
export type QualifierSign = 'above' | 'below' | 'about' | null;

export const qualifierSign = (qualifier: Qualifier): QualifierSign =>
  qualifier === 'more-than' || qualifier === 'at-least'
    ? 'above'
    : qualifier === 'up-to' || qualifier === 'fewer-than' || qualifier === 'nearly'
      ? 'below'
      : qualifier === 'about'
        ? 'about'
        : null;

/**
 * The qualifier drawn on a mark of radius r: a caret above for "more than" and "at least"
 * (the true number is higher), below for "up to", "fewer than" and "nearly", and a tilde
 * above for "about". Nothing for an exact figure.
 */
export function QualifierMark({ sign, r = 5 }: { sign: QualifierSign; r?: number }) {
  if (sign === null) return null;
  // Clear of the dashed ring a claim has (r + 4).
  const y = r + 6;
  const d =
    sign === 'above'
      ? `M-4,${-y}L0,${-y - 4}L4,${-y}`
      : sign === 'below'
        ? `M-4,${y}L0,${y + 4}L4,${y}`
        : `M-5,${-y - 1}q2.5,-3.5 5,0t5,0`;
  return <path d={d} className="qualifier-mark" />;
}

/** An SVG path for a marker of radius r centred on (0, 0). */
export function shapePath(shape: Shape, r: number): string {
  const t = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = t(r * 0.88);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond':
      return `M0,${-t(r * 1.25)}L${t(r * 1.05)},0L0,${t(r * 1.25)}L${-t(r * 1.05)},0Z`;
    case 'triangle':
      return `M0,${-t(r * 1.2)}L${t(r * 1.1)},${t(r * 0.85)}L${-t(r * 1.1)},${t(r * 0.85)}Z`;
    case 'cross': {
      const a = t(r * 0.38);
      const b = t(r * 1.05);
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${t(Math.cos(angle) * radius)},${t(Math.sin(angle) * radius)}`);
      }
      return `M${points.join('L')}Z`;
    }
    case 'wye': {
      const w = t(r * 0.35);
      const l = t(r * 1.15);
      return `M${-w},0V${l}H${w}V0L${t(l * 0.9)},${-t(l * 0.55)}L${t(l * 0.6)},${-t(l * 0.95)}L0,${-t(w * 1.2)}L${-t(l * 0.6)},${-t(l * 0.95)}L${-t(l * 0.9)},${-t(l * 0.55)}Z`;
    }
  }
}

/**
 * A marker as drawn in charts and legends: the series' shape, filled for firm figures,
 * hollow for projections, ringed with dashes for unverified claims, struck through for
 * disputed ones. Colour comes from the enclosing series class (currentColor).
 */
export function Marker({ shape, status, r = 5 }: { shape: Shape; status: Status; r?: number }) {
  const hollow = status === 'projected';
  return (
    <>
      <path
        d={shapePath(shape, r)}
        className={hollow ? 'marker marker--hollow' : 'marker'}
        strokeWidth={hollow ? 2 : 1}
      />
      {status === 'claimed' && <circle r={r + 4} className="marker-ring" />}
      {status === 'disputed' && (
        <path d={`M${-r - 3},${r + 3}L${r + 3},${-r - 3}`} className="marker-strike" />
      )}
    </>
  );
}

/** A legend swatch: the marker alone, decorative (the legend text says what it is). */
export function MarkerSwatch({
  shape,
  status,
  className,
}: {
  shape: Shape;
  status: Status;
  className?: string;
}) {
  return (
    <svg
      className={`swatch ${className ?? ''}`}
      viewBox="-11 -11 22 22"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <Marker shape={shape} status={status} />
    </svg>
  );
}
