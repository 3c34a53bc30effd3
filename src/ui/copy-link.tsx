import { useEffect, useState } from 'react';

type State = 'idle' | 'copied' | 'failed';

/** The current view (filters included) with an anchor to one item. */
export const permalink = (id: string): string =>
  `${window.location.origin}${window.location.pathname}${window.location.search}#${encodeURIComponent(id)}`;

/**
 * "Copy link": puts a link to this item, with the current filters, on the clipboard.
 * Where the clipboard is not available the link is shown to copy by hand.
 */
export function CopyLink({ id, what }: { id: string; what: string }) {
  const [state, setState] = useState<State>('idle');
  const [url, setUrl] = useState('');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    const link = permalink(id);
    setUrl(link);
    navigator.clipboard.writeText(link).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <span className="copy-link">
      <button type="button" className="link-button" onClick={copy} aria-label={`Copy link to ${what}`}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'failed' && (
        <label className="copy-link__fallback">
          <span>Copy this link:</span>
          <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
