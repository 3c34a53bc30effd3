import { memo } from 'react';
import type { FacetOption } from '../../model/facet-options.ts';
import type { Facet } from '../../model/facets.ts';
import { formatWhole } from '../../model/format.ts';

/** What the count beside a choice says: "all 191" when choosing it would narrow nothing. */
const countText = (option: FacetOption): string =>
  option.every ? `all ${formatWhole(option.count)}` : formatWhole(option.count);

/**
 * One checkbox. Memoised, and given a handler that never changes, so that a click re-renders
 * only the options whose count or state changed: React rewrites every re-rendered input's
 * attributes, which makes the browser lay out all the filters again.
 */
const FacetChoice = memo(function FacetChoice({
  facet,
  id,
  name,
  count,
  chosen,
  muted,
  onToggle,
}: {
  facet: Facet;
  id: string;
  name: string;
  count: string;
  chosen: boolean;
  muted: boolean;
  onToggle: (facet: Facet, id: string) => void;
}) {
  return (
    <li>
      <label className={`check${muted && !chosen ? ' check--muted' : ''}`}>
        <input type="checkbox" checked={chosen} onChange={() => onToggle(facet, id)} />
        <span className="check__name">{name}</span> <span className="check__count">({count})</span>
      </label>
    </li>
  );
});

export function FacetGroup({
  legend,
  hint,
  facet,
  options,
  onToggle,
}: {
  legend: string;
  hint?: string;
  facet: Facet;
  options: readonly FacetOption[];
  onToggle: (facet: Facet, id: string) => void;
}) {
  const hintId = `facet-${facet}-hint`;
  return (
    <fieldset className="filters__group" aria-describedby={hint ? hintId : undefined}>
      <legend className="filters__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="filters__hint">
          {hint}
        </p>
      )}
      <ul className="filters__options">
        {options.map((option) => (
          <FacetChoice
            key={option.id}
            facet={facet}
            id={option.id}
            name={option.name}
            count={countText(option)}
            chosen={option.chosen}
            muted={option.every || option.none}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
