import type { Metric } from '../../data/schema.ts';
import type { DatasetIndex } from '../../model/dataset-index.ts';
import { MEASURE_NAMES } from '../../model/figure-text.ts';
import { nameOf } from '../../model/names.ts';
import { BESIDE_WITHIN_MONTHS } from '../../model/headline.ts';
import { safeHttpUrl } from '../../model/safe-url.ts';
import {
  STATEMENT_STATUS_MEANING,
  STATEMENT_STATUS_ORDER,
  STATUS_MEANING,
  STATUS_ORDER,
} from '../../model/status-glossary.ts';
import type { SectionProps } from '../../ui/section-props.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';

function referenceName(metric: Metric, index: DatasetIndex): string | null {
  if (!metric.reference) return null;
  const actor = nameOf(index.actors, metric.reference.claimant);
  return metric.reference.claimantDetail ? `${actor}: ${metric.reference.claimantDetail}` : actor;
}

/** A contact that is safe to link: a web page or an e-mail address. */
const contactHref = (contact: string | undefined): string | null => {
  if (!contact) return null;
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(contact)) return contact;
  return safeHttpUrl(contact);
};

export function MethodSection({ index }: Pick<SectionProps, 'index'>) {
  const { meta } = index.data;
  const metrics = index.data.metrics.filter((metric) => metric.definition);
  const contact = contactHref(meta.contact);
  return (
    <>
      {meta.description && <p>{meta.description}</p>}
      <p>
        Every number, event and quote names who claims it, how sure the claim is and where it was published.
        Conflicting figures are kept side by side rather than reconciled. Quotes are verbatim, in the language
        they were published in, with the editors’ translation marked as such; summaries are the editors’ own
        words. Dates are shown at the precision the source gave. A number is shown with the words its source
        used (“about”, “more than”, “up to”).
      </p>

      <h3 className="method__heading">What the status labels mean</h3>
      <p>
        One rule for every claimant, whichever side it is on. A status says who stands behind a claim; it is
        not a verdict on whether the claim is true.
      </p>
      <dl className="glossary">
        {STATUS_ORDER.map((status) => (
          <div key={status} className="glossary__entry" id={`status-${status}`}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{STATUS_MEANING[status]}</dd>
          </div>
        ))}
      </dl>
      <p>On a quote, the label rates who the words are attributed to, not what they say:</p>
      <dl className="glossary">
        {STATEMENT_STATUS_ORDER.map((status) => (
          <div key={status} className="glossary__entry">
            <dt>
              <StatusBadge status={status} of="statement" />
            </dt>
            <dd>{STATEMENT_STATUS_MEANING[status]}</dd>
          </div>
        ))}
      </dl>

      <h3 className="method__heading">How a key figure is chosen</h3>
      <p>
        Each key figure leads with, in order: the figure the editors chose; else the latest confirmed,
        reported or estimated figure of the measure’s reference source (the series named below); else the
        latest such figure of anyone; else no single number, only the range of the claims. Dates are compared
        as the spans they cover (a year ends on 31 December). Forecasts, disputed figures and claims never
        lead. Beside the lead, each other side’s latest claim from within {BESIDE_WITHIN_MONTHS} months of it
        is shown with who makes it; older ones are counted as earlier claims. Key figures cover the whole
        dataset and do not change with the filters.
      </p>

      {metrics.length > 0 && (
        <>
          <h3 className="method__heading">What each measure counts</h3>
          <dl className="glossary glossary--metrics">
            {metrics.map((metric) => {
              const reference = referenceName(metric, index);
              return (
                <div key={metric.id} className="glossary__entry" id={`measure-${metric.id}`}>
                  <dt>{metric.name}</dt>
                  <dd>
                    {metric.definition}
                    {metric.measure && (
                      <>
                        {' '}
                        Counted as {MEASURE_NAMES[metric.measure]}, in {metric.unit}.
                      </>
                    )}
                    {reference && <> Reference source: {reference}.</>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}

      <h3 className="method__heading">Licence and corrections</h3>
      {meta.license && (
        <p>
          Licence: {meta.license}.{meta.credit && ` Please credit “${meta.credit}”.`}
        </p>
      )}
      <p>
        Found an error or a newer figure?{' '}
        {contact ? (
          <>
            <a href={contact}>Tell the editors</a>, with the item’s link (every item has “Copy link”) and your
            source.
          </>
        ) : (
          'Tell the publisher of this page, with the item’s link (every item has “Copy link”) and your source.'
        )}
      </p>
    </>
  );
}
