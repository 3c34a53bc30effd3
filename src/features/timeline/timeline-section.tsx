import type { DatasetIndex, EventItem } from '../../model/dataset-index.ts';
import { ItemDate } from '../../ui/item-date.tsx';
import { Section } from '../../ui/section.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { TagList } from '../../ui/tag-list.tsx';
import { namesOf } from '../../model/names.ts';

export function TimelineSection({ events, index }: { events: readonly EventItem[]; index: DatasetIndex }) {
  return (
    <Section id="timeline" title="Timeline">
      <ol className="timeline">
        {events.map(({ record: event }) => (
          <li key={event.id} id={event.id} className="timeline__item">
            <p className="timeline__date">
              <ItemDate date={event.date} />
            </p>
            <div className="timeline__body">
              <h3 className="timeline__title">{event.title}</h3>
              {event.summary && <p className="timeline__summary">{event.summary}</p>}
              <p className="meta-line">
                <TagList label="Actors" names={namesOf(index.actors, event.actors)} />
                <TagList label="Topics" kind="topic" names={namesOf(index.topics, event.topics)} />
              </p>
              <SourceRefs ids={event.sources} index={index} />
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}
