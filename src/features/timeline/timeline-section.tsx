import type { DatasetIndex, EventItem } from '../../model/dataset-index.ts';
import { formatCount } from '../../model/format.ts';
import { namesOf } from '../../model/names.ts';
import { timelineYears } from '../../model/timeline-groups.ts';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import { ItemLinks } from '../../ui/item-links.tsx';
import { Highlight } from '../../ui/highlight.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { SectionList } from '../../ui/section-list.tsx';
import type { SectionProps } from '../../ui/section-props.ts';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { TagList } from '../../ui/tag-list.tsx';

function TimelineEvent({
  item,
  index,
  quietMonths = null,
  as: Element = 'li',
}: {
  item: EventItem;
  index: DatasetIndex;
  /** The months without events before this one, shown as a gap in the line. */
  quietMonths?: number | null;
  as?: 'li' | 'div';
}) {
  const event = item.record;
  const Heading = Element === 'li' ? 'h4' : 'h3';
  return (
    <Element
      id={event.id}
      className={`timeline__item${quietMonths ? ' timeline__item--after-gap' : ''}`}
      tabIndex={-1}
    >
      {quietMonths !== null && <p className="timeline__gap">{formatCount(quietMonths, 'month')} later</p>}
      <p className="timeline__date">
        <ItemDate date={event.date} />
      </p>
      <div className="timeline__body">
        <div className="item-head">
          <Heading className="timeline__title">
            <Highlight text={event.title} />
          </Heading>
          <ItemLinks id={event.id} what={`event of ${item.shownDate}: ${event.title}`} index={index} />
        </div>
        {event.summary && (
          <p className="timeline__summary">
            <Highlight text={event.summary} />
          </p>
        )}
        <p className="meta-line">
          {event.status && <StatusBadge status={event.status} />}
          <ChangeBadge id={event.id} index={index} />
          <TagList label="Actors" names={namesOf(index.actors, event.actors)} />
          <TagList label="Topics" kind="topic" names={namesOf(index.topics, event.topics)} />
        </p>
        <SourceRefs ids={event.sources} index={index} />
      </div>
    </Element>
  );
}

export function TimelineSection({ index, selection, clear, target }: SectionProps) {
  const { events } = selection;
  return (
    <SectionList
      items={events}
      entriesInDataset={index.data.events.length}
      datasetItems={index.items.length}
      what="events"
      emptyAction={clear}
      count={`${formatCount(events.length, 'event')} match, in date order`}
      target={target}
      getId={(item) => item.id}
      renderItem={(item) => <TimelineEvent item={item} index={index} as="div" />}
      estimateSize={150}
      className="timeline"
      label="Events"
      full={() => (
        <div className="timeline-years">
          {timelineYears(events).map(({ year, entries }) => (
            <div key={year} className="timeline-year">
              <h3 id={`timeline-${year}`} className="list-group__title">
                {year}
              </h3>
              <ol className="timeline">
                {entries.map(({ item, quietMonths }) => (
                  <TimelineEvent key={item.id} item={item} index={index} quietMonths={quietMonths} />
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
    />
  );
}
