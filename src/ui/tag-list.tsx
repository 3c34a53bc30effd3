/** A short inline list of names ("North Korea, Russia"), labelled for screen readers. */
export function TagList({
  label,
  names,
  kind = 'actor',
}: {
  label: string;
  names: readonly string[];
  kind?: 'actor' | 'topic';
}) {
  if (names.length === 0) return null;
  return (
    <span className="tags">
      <span className="visually-hidden">{label}: </span>
      {names.map((name) => (
        <span key={name} className={`tag tag--${kind}`}>
          {name}
        </span>
      ))}
    </span>
  );
}
