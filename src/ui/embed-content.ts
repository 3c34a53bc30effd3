import { sheetUrl } from '../model/citation.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { embedSnippet, type EmbedKind } from '../model/embed.ts';
import type { DialogContent } from './copy-dialog.tsx';
import { EMBED_NOUN } from './embed-noun.ts';

const KEEPS: Record<EmbedKind, string> = {
  chart:
    'The chart keeps its source line and a link to the full sheet; the script sizes the frame to the chart.',
  figure: 'The card keeps its claimant, status, source and a link to the full sheet.',
};

/** The Embed dialog's code, for the sheet where the reader is. */
export function embedContent(
  index: DatasetIndex,
  kind: EmbedKind,
  metricId: string,
  height: number,
): DialogContent {
  const name = index.metrics.get(metricId)?.name ?? metricId;
  return {
    title: `Embed: ${name}`,
    intro: `Paste this into your page. ${KEEPS[kind]}`,
    blocks: [
      {
        label: 'Embed code',
        code: true,
        text: embedSnippet({
          pageUrl: sheetUrl(index, window.location),
          kind,
          metric: metricId,
          title: `${name}: ${EMBED_NOUN[kind]} from ${index.data.meta.title}`,
          height,
        }),
      },
    ],
  };
}
