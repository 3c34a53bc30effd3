// The same markup as the static skeleton in index.html, so nothing moves when React takes over.
const SECTIONS = ['What we know', 'Key figures', 'Filters'];

/** Holds the page's layout while the dataset loads, so nothing jumps when it arrives. */
export function PageSkeleton() {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading the fact sheet…
      </p>
      <div className="site-header" aria-hidden="true">
        <div className="site-header__inner">
          <div className="skeleton__line skeleton__line--title" />
          <div className="skeleton__line" />
          <div className="skeleton__line skeleton__line--short" />
        </div>
      </div>
      <div className="page-nav" aria-hidden="true">
        <div className="page-nav__inner" />
      </div>
      <div className="page" aria-hidden="true">
        {SECTIONS.map((name) => (
          <div key={name} className="section">
            <div className="section__title">{name}</div>
            <div className="skeleton__block" />
          </div>
        ))}
      </div>
    </div>
  );
}
