import { useState } from 'react';
import type { DatasetIndex, Item } from '../../model/dataset-index.ts';
import { fileSlug } from '../../model/export.ts';
import { formatCount } from '../../model/format.ts';

/** "Download data": the items currently shown, as CSV or as a dataset in the same format. */
export function DownloadData({
  items,
  index,
  filtered,
}: {
  items: readonly Item[];
  index: DatasetIndex;
  filtered: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const base = `${fileSlug(index.data.meta.title)}-${filtered ? 'selection' : 'all'}`;
  const download = (format: 'csv' | 'json') => {
    setError(null);
    import('./export-files.ts')
      .then((files) =>
        format === 'csv'
          ? files.downloadCsv(items, index, `${base}.csv`)
          : files.downloadJson(items, index, `${base}.json`),
      )
      .catch(() => setError('The download could not be prepared. Please try again.'));
  };
  return (
    <section className="download" aria-labelledby="download-title">
      <h2 id="download-title" className="site-footer__title">
        Download data
      </h2>
      <p>
        The {formatCount(items.length, 'item')}{' '}
        {filtered ? 'matching the current filters' : 'in the fact sheet'}, with claimant, status and source
        for each.
      </p>
      <div className="download__buttons">
        <button type="button" className="button" onClick={() => download('csv')}>
          Download CSV
        </button>
        <button type="button" className="button" onClick={() => download('json')}>
          Download JSON
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
