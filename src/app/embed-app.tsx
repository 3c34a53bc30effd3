import { lazy, Suspense, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { shownError, useFactsheet } from './factsheet-query.ts';
import { KeyFigureCard } from '../features/key-figures/key-figures-section.tsx';
import { chartAlone } from '../model/chart-groups.ts';
import { chartSourceLine, sheetUrl } from '../model/citation.ts';
import type { DatasetIndex, FigureItem } from '../model/dataset-index.ts';
import { EMBED_HEIGHT_MESSAGE, embedRequest, type EmbedRequest } from '../model/embed.ts';
import { keyFiguresOf } from '../model/headline.ts';
import { LoadError } from './load-error.tsx';
import './embed.css';

// recharts loads only for a chart embed.
const ChartEmbed = lazy(() => import('../features/charts/chart-embed.tsx'));

/**
 * Tells the host page how tall the embed is, whenever that changes, so that its iframe
 * can fit (see the embed code in model/embed.ts).
 */
function usePostedHeight(target: RefObject<HTMLElement | null>, id: string) {
  useEffect(() => {
    const element = target.current;
    if (!element || window.parent === window) return;
    const post = () =>
      window.parent.postMessage(
        { type: EMBED_HEIGHT_MESSAGE, id, height: Math.ceil(element.getBoundingClientRect().height) },
        '*',
      );
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [target, id]);
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="alert" className="load-error">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

function Embedded({ index, request }: { index: DatasetIndex; request: EmbedRequest }) {
  const sheet = sheetUrl(index, window.location);
  const { meta } = index.data;
  const metric = index.metrics.get(request.id);
  const sheetLink = (
    <a href={sheet} target="_blank" rel="noopener">
      {meta.title}
    </a>
  );
  if (request.kind === 'chart') {
    const alone = chartAlone(index, request.id);
    if (!alone) {
      return (
        <Notice title="No such chart">
          <p>
            {metric
              ? `“${metric.name}” has a single figure, so it has no chart. It is listed on the full fact sheet: `
              : `This fact sheet has no chart called “${request.id}”. See the full fact sheet: `}
            {sheetLink}.
          </p>
        </Notice>
      );
    }
    return (
      <>
        <Suspense fallback={<p role="status">Loading the chart…</p>}>
          <ChartEmbed index={index} alone={alone} />
        </Suspense>
        <Credit index={index} figures={alone.entry.figures} sheet={sheet} anchor={`chart-${request.id}`} />
      </>
    );
  }
  const card = keyFiguresOf(index).find((c) => c.metric.id === request.id);
  if (!card) {
    return (
      <Notice title="No such key figure">
        <p>
          This fact sheet has no key figure called “{request.id}”. See the full fact sheet: {sheetLink}.
        </p>
      </Notice>
    );
  }
  return (
    <>
      <div className="embed-figure">
        <KeyFigureCard card={card} index={index} sheet={sheet} />
      </div>
      <Credit
        index={index}
        figures={[...(card.lead ? [card.lead] : []), ...card.beside]}
        sheet={sheet}
        anchor={card.lead?.id ?? `claims-${request.id}`}
      />
    </>
  );
}

/** The source line, the licence and the way to the full sheet. */
function Credit({
  index,
  figures,
  sheet,
  anchor,
}: {
  index: DatasetIndex;
  figures: readonly FigureItem[];
  sheet: string;
  anchor: string;
}) {
  const { meta } = index.data;
  return (
    <footer className="embed__credit">
      <p>{chartSourceLine(index, figures, sheet)}.</p>
      {meta.license && <p>Licence: {meta.license}.</p>}
      <p>
        <a href={`${sheet}#${encodeURIComponent(anchor)}`} target="_blank" rel="noopener">
          See it on the full fact sheet: {meta.title}
        </a>
      </p>
    </footer>
  );
}

/** embed.html: one chart or one key figure of the sheet, to show inside another page. */
export function EmbedApp() {
  const query = useFactsheet();
  const main = useRef<HTMLElement>(null);
  const request = embedRequest(window.location.search);
  usePostedHeight(main, request?.id ?? '');
  const error = shownError(query);
  let body: ReactNode;
  if (error) body = <LoadError error={error} onRetry={() => void query.refetch()} />;
  else if (!query.data) body = <p role="status">Loading…</p>;
  else if (!request) {
    body = (
      <Notice title="Nothing to show">
        <p>
          Add <code>?chart=</code> or <code>?figure=</code> and a measure’s id to the address, as the “Embed”
          button on the fact sheet does.
        </p>
      </Notice>
    );
  } else body = <Embedded index={query.data} request={request} />;
  return (
    <main ref={main} className="embed-page">
      {body}
    </main>
  );
}
