import { shownError, useFactsheet } from './factsheet-query.ts';
import { FactsheetPage } from './factsheet-page.tsx';
import { LoadError } from './load-error.tsx';
import { PageSkeleton } from './page-skeleton.tsx';

export function App() {
  const query = useFactsheet();
  if (query.data) return <FactsheetPage index={query.data} />;
  const error = shownError(query);
  if (!error) return <PageSkeleton />;
  return (
    <main id="main" className="page page--error">
      <LoadError error={error} onRetry={() => void query.refetch()} />
    </main>
  );
}
