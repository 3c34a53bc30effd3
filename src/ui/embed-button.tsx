import type { DatasetIndex } from '../model/dataset-index.ts';
import type { EmbedKind } from '../model/embed.ts';
import { DialogButton } from './dialog-button.tsx';
import { EMBED_NOUN } from './embed-noun.ts';

/** "Embed": the code to show one chart or key figure of the sheet in another page. */
export function EmbedButton({
  index,
  kind,
  metricId,
  height,
  className,
}: {
  index: DatasetIndex;
  kind: EmbedKind;
  metricId: string;
  /** The frame's first height, before the embed reports its own. */
  height: () => number;
  className?: string;
}) {
  const name = index.metrics.get(metricId)?.name ?? metricId;
  return (
    <DialogButton
      className={className}
      label="Embed"
      name={`Embed the ${EMBED_NOUN[kind]} ${name}`}
      load={() =>
        import('./embed-content.ts').then((module) => module.embedContent(index, kind, metricId, height()))
      }
    />
  );
}
