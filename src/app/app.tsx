import { useFactsheet } from '../data/factsheet-query.ts';
import { offlineError } from '../data/load-factsheet.ts';
import { FactsheetPage } from './factsheet-page.tsx';
import { LoadError } from './load-error.tsx';
import { PageSkeleton } from './page-skeleton.tsx';

export function App() {
  const query = useFactsheet();
  if (query.data) return <FactsheetPage index={query.data} />;
  // While a retry runs the skeleton shows. react-query pauses a failed request while the
  // browser is offline and resumes it once back online: say so, not "Loading" for as long.
  const error =
    query.error && !query.isFetching ? query.error : query.fetchStatus === 'paused' ? offlineError() : null;
  if (!error) return <PageSkeleton />;
  return (
    <main id="main" className="page page--error">
      <LoadError error={error} onRetry={() => void query.refetch()} />
    </main>
  );
}
