import type { ReactNode } from 'react';
import type { DatasetIndex, EventItem } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { namesOf } from '../../model/names.ts';
import { CopyLink } from '../../ui/copy-link.tsx';
import { EmptyNote } from '../../ui/empty-note.tsx';
import { FULL_LIST_LIMIT, LongList } from '../../ui/long-list.tsx';
import { formatCount } from '../../model/format.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { Section } from '../../ui/section.tsx';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { TagList } from '../../ui/tag-list.tsx';

export function TimelineEvent({
  item,
  index,
  as: Element = 'li',
}: {
  item: EventItem;
  index: DatasetIndex;
  as?: 'li' | 'div';
}) {
  const event = item.record;
  return (
    <Element id={event.id} className="timeline__item" tabIndex={-1}>
      <p className="timeline__date">
        <ItemDate date={event.date} />
      </p>
      <div className="timeline__body">
        <h3 className="timeline__title">{event.title}</h3>
        {event.summary && <p className="timeline__summary">{event.summary}</p>}
        {(event.status || index.changeMarks.has(event.id)) && (
          <p className="meta-line">
            {event.status && <StatusBadge status={event.status} />}
            <ChangeBadge id={event.id} index={index} />
          </p>
        )}
        <p className="meta-line">
          <TagList label="Actors" names={namesOf(index.actors, event.actors)} />
          <TagList label="Topics" kind="topic" names={namesOf(index.topics, event.topics)} />
        </p>
        <div className="item-footer">
          <SourceRefs ids={event.sources} index={index} />
          <CopyLink id={event.id} what={`event of ${formatDate(event.date)}: ${event.title}`} />
        </div>
      </div>
    </Element>
  );
}

export function TimelineSection({
  events,
  index,
  emptyAction,
}: {
  events: readonly EventItem[];
  index: DatasetIndex;
  emptyAction?: ReactNode;
}) {
  return (
    <Section id="timeline" title="Timeline">
      {events.length === 0 ? (
        <EmptyNote what="events" action={emptyAction} />
      ) : index.data.events.length > FULL_LIST_LIMIT ? (
        <>
          <p className="list-count">
            {formatCount(events.length, 'event')} match, in date order; more appear as you scroll.
          </p>
          <LongList
            items={events}
            getId={(item) => item.id}
            renderItem={(item) => <TimelineEvent item={item} index={index} as="div" />}
            estimateSize={150}
            className="timeline"
            label="Events"
          />
        </>
      ) : (
        <ol className="timeline">
          {events.map((item) => (
            <TimelineEvent key={item.id} item={item} index={index} />
          ))}
        </ol>
      )}
    </Section>
  );
}
