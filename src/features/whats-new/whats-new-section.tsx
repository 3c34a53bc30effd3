import type { Change } from '../../data/schema.ts';
import { changesNewestFirst } from '../../model/changes.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { itemLabel } from '../../model/item-label.ts';
import { formatCount } from '../../model/format.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { SectionIntro } from '../../ui/section.tsx';
import type { SectionProps } from '../../ui/section-props.ts';

function ItemLinks({ title, ids, index }: { title: string; ids: readonly string[]; index: DatasetIndex }) {
  const items = ids.flatMap((id) => {
    const item = index.itemById.get(id);
    return item ? [item] : [];
  });
  if (items.length === 0) return null;
  return (
    <details className="whats-new__items">
      <summary>
        {title}: {formatCount(items.length, 'item')}
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${encodeURIComponent(item.id)}`}>{itemLabel(item, index)}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function ChangeEntry({ change, index }: { change: Change; index: DatasetIndex }) {
  return (
    <li className="whats-new__entry">
      <h3 className="whats-new__version">
        Version {change.version}{' '}
        <span className="whats-new__date">
          · <ItemDate date={change.date} />
        </span>
      </h3>
      <p>{change.summary}</p>
      <ItemLinks title="Added" ids={change.added ?? []} index={index} />
      <ItemLinks title="Revised" ids={change.revised ?? []} index={index} />
      {change.removed && change.removed.length > 0 && (
        <p>Removed: {formatCount(change.removed.length, 'item')}.</p>
      )}
    </li>
  );
}

export function WhatsNewSection({ index }: Pick<SectionProps, 'index'>) {
  const changes = changesNewestFirst(index.data.meta);
  return (
    <>
      <SectionIntro>
        What each version of the data added and corrected, newest first. Items of the newest version are
        marked “New” or “Revised” where they appear.
      </SectionIntro>
      <ol className="whats-new">
        {changes.map((change) => (
          <ChangeEntry key={`${change.version}-${change.date}`} change={change} index={index} />
        ))}
      </ol>
    </>
  );
}
