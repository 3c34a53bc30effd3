import type { DatasetIndex, StatementItem } from '../../model/dataset-index.ts';
import { formatDate } from '../../model/dates.ts';
import { namesOf } from '../../model/names.ts';
import { CopyLink } from '../../ui/copy-link.tsx';
import { ItemDate } from '../../ui/item-date.tsx';
import { SourceRefs } from '../../ui/source-refs.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { TagList } from '../../ui/tag-list.tsx';
import { ChangeBadge } from '../../ui/change-badge.tsx';
import type { Statement } from '../../data/schema.ts';
import { languageName } from '../../model/language.ts';

const isEnglish = (language: string | undefined) => language === undefined || /^en(?:-|$)/.test(language);

/**
 * The quote as it was printed, in its own language (marked with `lang`, so that screen
 * readers and hyphenation treat it right), and the editors' translation beside it.
 */
function Quote({ statement }: { statement: Statement }) {
  if (isEnglish(statement.language)) {
    return (
      <blockquote className="quote-card__quote">
        <p>{statement.quote}</p>
      </blockquote>
    );
  }
  const language = languageName(statement.language);
  return (
    <div className="quote-card__bilingual">
      <blockquote className="quote-card__quote" lang={statement.language}>
        <p>{statement.quote}</p>
      </blockquote>
      <p className="quote-card__language">As published{language ? `, in ${language}` : ''}</p>
      {statement.translation && (
        <figure className="quote-card__translation">
          <blockquote lang="en">
            <p>{statement.translation}</p>
          </blockquote>
          <figcaption>Translated by the editors</figcaption>
        </figure>
      )}
    </div>
  );
}

export function StatementCard({ item, index }: { item: StatementItem; index: DatasetIndex }) {
  const statement = item.record;
  const side = index.actors.get(statement.actor)?.name ?? statement.actor;
  const headingId = `${statement.id}-speaker`;
  return (
    <article id={statement.id} className="card quote-card" aria-labelledby={headingId} tabIndex={-1}>
      <Quote statement={statement} />
      <div className="quote-card__who">
        <h3 id={headingId} className="quote-card__speaker">
          {statement.speaker}
        </h3>
        <p className="quote-card__role">
          {statement.role ? `${statement.role} · ` : ''}
          <span className="visually-hidden">Side: </span>
          {side}
        </p>
      </div>
      <p className="meta-line">
        <ItemDate date={statement.date} />
        <StatusBadge status={statement.status} of="statement" />
        <ChangeBadge id={statement.id} index={index} />
      </p>
      {statement.context && <p className="quote-card__context">{statement.context}</p>}
      <p className="meta-line">
        <TagList label="About" names={namesOf(index.actors, statement.actors ?? [])} />
        <TagList label="Topics" kind="topic" names={namesOf(index.topics, statement.topics)} />
      </p>
      <div className="item-footer">
        <SourceRefs ids={statement.sources} index={index} />
        <CopyLink
          id={statement.id}
          what={`statement by ${statement.speaker}, ${formatDate(statement.date)}`}
        />
      </div>
    </article>
  );
}
