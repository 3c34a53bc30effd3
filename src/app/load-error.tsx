import { DatasetError } from '../data/load-factsheet.ts';
import { formatProblem } from '../data/problem.ts';

const SHOWN_PROBLEMS = 50;

/** Replaces the page body when the dataset cannot be shown: what went wrong, and a way out. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const retryable = !(error instanceof DatasetError) || error.retryable;
  const message =
    error instanceof DatasetError
      ? error.message
      : 'Something unexpected went wrong while loading the dataset.';
  return (
    <div role="alert" className="load-error" aria-labelledby="load-error-title">
      <h2 id="load-error-title">
        {problems.length > 0 ? 'The dataset has problems' : 'The fact sheet could not be loaded'}
      </h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <>
          <p>
            {problems.length > SHOWN_PROBLEMS
              ? `The first ${SHOWN_PROBLEMS} of ${problems.length} problems:`
              : `${problems.length === 1 ? 'The problem' : `All ${problems.length} problems`}:`}
          </p>
          <ol className="load-error__problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, at) => (
              <li key={at}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ol>
          <p>
            Editors: run <code>npm run data:check</code> to see the same list, and see{' '}
            <code>data/README.md</code> for the format.
          </p>
        </>
      )}
      {retryable && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
