import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { nameOf, namesOf } from '../../model/names.ts';
import { ItemLinks } from '../../ui/item-links.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { TagList } from '../../ui/tag-list.tsx';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import type { Statement } from '../../data/schema.ts';
import { isEnglish, languageName } from '../../model/language.ts';
import { isOnTheRecord } from '../../model/status.ts';
import { Highlight } from '../../ui/highlight.tsx';

/**
 * The quote as it was printed, in its own language (marked with `lang`, so that screen
 * readers and hyphenation treat it right), and the editors' translation beside it.
 */
function Quote({ statement }: { statement: Statement }) {
  if (isEnglish(statement.language)) {
    return (
      <blockquote className="quote-card__quote">
        <p>
          <Highlight text={statement.quote} />
        </p>
      </blockquote>
    );
  }
  const language = languageName(statement.language);
  return (
    <div className="quote-card__bilingual">
      <blockquote className="quote-card__quote" lang={statement.language}>
        <p>
          <Highlight text={statement.quote} />
        </p>
      </blockquote>
      <p className="quote-card__language">As published{language ? `, in ${language}` : ''}</p>
      {statement.translation && (
        <figure className="quote-card__translation">
          <blockquote lang="en">
            <p>
              <Highlight text={statement.translation} />
            </p>
          </blockquote>
          <figcaption>Translated by the editors</figcaption>
        </figure>
      )}
    </div>
  );
}

export function StatementCard({
  item,
  index,
  headingLevel = 3,
}: {
  item: StatementItem;
  index: DatasetIndex;
  /** 4 where the cards sit under a heading per speaker's side. */
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const statement = item.record;
  const side = nameOf(index.actors, statement.actor);
  const headingId = `${statement.id}-speaker`;
  return (
    <article id={statement.id} className="card quote-card" aria-labelledby={headingId} tabIndex={-1}>
      <div className="quote-card__who">
        <div className="item-head">
          <Heading id={headingId} className="quote-card__speaker">
            <Highlight text={statement.speaker} />
          </Heading>
          <ItemLinks
            id={statement.id}
            what={`statement by ${statement.speaker}, ${formatDate(statement.date)}`}
            index={index}
          />
        </div>
        <p className="meta-line quote-card__role">
          <span>
            {statement.role && (
              <>
                <Highlight text={statement.role} />
                {' · '}
              </>
            )}
            <span className="visually-hidden">Side: </span>
            <Highlight text={side} />
          </span>
          <ItemDate date={statement.date} />
          {!isOnTheRecord(statement.status) && <StatusBadge status={statement.status} of="statement" />}
          <ChangeBadge id={statement.id} index={index} />
        </p>
      </div>
      <div className="quote-card__main">
        <Quote statement={statement} />
        {statement.context && (
          <p className="quote-card__context">
            <Highlight text={statement.context} />
          </p>
        )}
        <p className="meta-line">
          <TagList label="About" names={namesOf(index.actors, statement.actors ?? [])} />
          <TagList label="Topics" kind="topic" names={namesOf(index.topics, statement.topics)} />
        </p>
        <SourceRefs ids={statement.sources} index={index} />
      </div>
    </article>
  );
}
