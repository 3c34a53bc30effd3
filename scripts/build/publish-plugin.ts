import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { parseDataset } from '../../src/data/parse.ts';
import { buildIndex, type DatasetIndex } from '../../src/model/dataset-index.ts';
import { dataPackage, datasetCsvFiles, type PublishedFile } from '../../src/publish/dataset-files.ts';
import { atomFeed } from '../../src/publish/feed.ts';
import { socialTags, type HeadTag } from '../../src/publish/head-tags.ts';
import { datasetJsonLd, jsonLdScriptText } from '../../src/publish/json-ld.ts';
import { PUBLISHED_PATHS } from '../../src/publish/paths.ts';
import { socialImage } from '../../src/publish/social-image.ts';

const SOCIAL_IMAGE = 'social.png';

/** The text files published from the dataset, by path under the site root. */
function textFiles(index: DatasetIndex): Map<string, PublishedFile> {
  const csv = datasetCsvFiles(index);
  const { url } = index.data.meta;
  const feed: PublishedFile = {
    path: PUBLISHED_PATHS.feed,
    text: atomFeed(index.data.meta, url ? { pageUrl: url } : {}),
    mediaType: 'application/atom+xml',
  };
  return new Map([...csv, dataPackage(index, csv), feed].map((file) => [file.path, file]));
}

const asViteTag = (tag: HeadTag): HtmlTagDescriptor => ({
  tag: tag.tag,
  attrs: tag.attrs,
  ...(tag.children === undefined ? {} : { children: tag.children }),
  injectTo: 'head',
});

/** Open Graph and Twitter tags for a page; the sheet also gets its Dataset description (JSON-LD). */
function headTags(
  index: DatasetIndex,
  published: ReadonlyMap<string, PublishedFile>,
  page: 'index.html' | 'embed.html',
): HtmlTagDescriptor[] {
  const { meta } = index.data;
  const pageUrl = meta.url;
  const tags = socialTags(meta, {
    imagePath: SOCIAL_IMAGE,
    imageAlt: `${meta.title}: the key figures, with who claims each and how sure it is.`,
    ...(pageUrl ? { pageUrl } : {}),
    ...(page === 'embed.html' ? { pagePath: page } : {}),
  }).map(asViteTag);
  if (page === 'index.html') {
    const files = [
      { path: PUBLISHED_PATHS.dataset, mediaType: 'application/json' },
      ...[...published.values()].map(({ path, mediaType }) => ({ path, mediaType })),
    ].filter((file) => file.mediaType !== 'application/atom+xml');
    tags.push({
      tag: 'script',
      attrs: { type: 'application/ld+json' },
      children: jsonLdScriptText(datasetJsonLd(meta, files, { ...(pageUrl ? { pageUrl } : {}) })),
      injectTo: 'head',
    });
  }
  return tags;
}

/**
 * Publishes the dataset beside the page, all from the file the site ships with: the CSV
 * tables and their Frictionless Data Package, the Atom feed of changes, the 1200×630
 * social image, and, in both pages' heads, link-preview tags (and, on the sheet, schema.org
 * Dataset JSON-LD). In dev the same files are served from memory.
 */
export function publishDataset(datasetFile: string): Plugin {
  // Made once per build (or per edit of the data in dev), not once per page or request.
  let published: {
    index: DatasetIndex;
    files: Map<string, PublishedFile>;
    image?: Promise<Uint8Array>;
  } | null = null;
  const load = () => {
    if (published) return published;
    const result = parseDataset(readFileSync(datasetFile, 'utf8'));
    // The prerender plugin reports the problems; without a valid dataset there is nothing to publish.
    if (!result.ok) throw new Error(`${datasetFile} breaks the format's rules: npm run data:check lists how`);
    const index = buildIndex(result.data);
    published = { index, files: textFiles(index) };
    return published;
  };
  const image = () => {
    const dataset = load();
    return (dataset.image ??= socialImage(dataset.index));
  };
  return {
    name: 'publish-dataset',
    buildStart() {
      published = null;
    },
    transformIndexHtml(_html, context) {
      const page = context.filename.endsWith('embed.html') ? 'embed.html' : 'index.html';
      const { index, files } = load();
      return headTags(index, files, page);
    },
    async generateBundle() {
      for (const [fileName, file] of load().files) {
        this.emitFile({ type: 'asset', fileName, source: file.text });
      }
      this.emitFile({ type: 'asset', fileName: SOCIAL_IMAGE, source: await image() });
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.endsWith(datasetFile)) published = null;
      });
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        if (path === SOCIAL_IMAGE) {
          void image().then((png) => {
            response.setHeader('Content-Type', 'image/png');
            response.end(png);
          }, next);
          return;
        }
        const file = load().files.get(path);
        if (!file) return next();
        response.setHeader('Content-Type', `${file.mediaType}; charset=utf-8`);
        response.end(file.text);
      });
    },
  };
}
