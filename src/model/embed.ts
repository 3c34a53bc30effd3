/** What an embed shows: one chart, or one key figure's card. */
export type EmbedKind = 'chart' | 'figure';

export interface EmbedRequest {
  kind: EmbedKind;
  /** A metric's id. */
  id: string;
}

/** What the address asks for: ?chart=<metric id> or ?figure=<metric id>. */
export function embedRequest(search: string): EmbedRequest | null {
  const params = new URLSearchParams(search);
  const chart = params.get('chart');
  if (chart) return { kind: 'chart', id: chart };
  const figure = params.get('figure');
  return figure ? { kind: 'figure', id: figure } : null;
}

const attribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed page's address for a chart or key figure of the sheet at pageUrl. */
function embedUrl(pageUrl: string, kind: EmbedKind, metric: string): string {
  const url = new URL('embed.html', pageUrl.replace(/[?#].*$/, ''));
  url.searchParams.set(kind, metric);
  return url.href;
}

/** The message an embed posts to its host page whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'factsheet:embed-height';

/**
 * An <iframe> to paste into a story, and a one-line script that sizes it to its content
 * as the embed reports its height (as Datawrapper's embed code does).
 */
export function embedSnippet(options: {
  pageUrl: string;
  kind: EmbedKind;
  metric: string;
  title: string;
  height: number;
}): string {
  const src = embedUrl(options.pageUrl, options.kind, options.metric);
  const iframe = `<iframe src="${attribute(src)}" title="${attribute(options.title)}" width="100%" height="${Math.round(options.height)}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
  const script = `<script>window.addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_HEIGHT_MESSAGE}")return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"});</script>`;
  return `${iframe}\n${script}`;
}
