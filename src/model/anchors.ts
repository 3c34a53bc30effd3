/*
 * Element ids the page gives what a link can point at (#id), beyond items' own ids. A module
 * of its own: the first view links to sources without loading where links are found.
 */

export const SOURCE_ANCHOR = 'source-';

/** The element id of a source's entry under Sources. */
export const sourceAnchor = (id: string): string => `${SOURCE_ANCHOR}${id}`;
