import type { EmbedKind } from '../model/embed.ts';

/**
 * What an embed shows, in words: for the Embed button (first view) and its lazy dialog
 * content, which both import it from here rather than one from the other (a cycle).
 */
export const EMBED_NOUN: Record<EmbedKind, string> = { chart: 'chart', figure: 'key figure' };
