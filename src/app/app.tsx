import { useFactsheet } from '../data/factsheet-query.ts';
import { offlineError } from '../data/load-factsheet.ts';
import { FactsheetPage } from './factsheet-page.tsx';
import { LoadError } from './load-error.tsx';
import { PageSkeleton } from './page-skeleton.tsx';

export function App() {
  const query = useFactsheet();
  if (query.data) return <FactsheetPage index={query.data} />;
  if (query.error && !query.isFetching) {
    return (
      <main id="main" className="page page--error">
        <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </main>
    );
  }
  // react-query pauses a failed request while the browser is offline and resumes it once
  // back online; say so rather than showing "Loading" for as long as the reader is offline.
  if (query.fetchStatus === 'paused') {
    return (
      <main id="main" className="page page--error">
        <LoadError error={offlineError()} onRetry={() => void query.refetch()} retrying={false} />
      </main>
    );
  }
  return <PageSkeleton />;
}
