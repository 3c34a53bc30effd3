/**
 * Where the build publishes the dataset's files, relative to the site root. Relative on
 * purpose: the site may be served from any folder, and a link without a leading "/" works
 * from all of them. The footer links to these, so this module holds nothing but the paths.
 */
export const PUBLISHED_PATHS = {
  dataset: 'data/factsheet.json',
  datasetSchema: 'data/factsheet.schema.json',
  figures: 'data/figures.csv',
  events: 'data/events.csv',
  statements: 'data/statements.csv',
  sources: 'data/sources.csv',
  dataPackage: 'data/datapackage.json',
  feed: 'feed.xml',
} as const;
