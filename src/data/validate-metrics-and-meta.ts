import { numbersInText, statedNumbers } from './numbers-in-text.ts';
import type { Problem } from './problem.ts';
import { describe, isRecord, listOf } from './raw-value.ts';

/*
 * Format version 2's links between parts of the dataset: a metric's lead figure and
 * reference claimant, the summary's refs and the numbers in its text, the changes' refs.
 */

/** A figure that may lead a key-figure card: never a forecast, a disputed or an unverified claim. */
const CANNOT_LEAD = new Set(['projected', 'disputed', 'claimed']);

/** Format version 2: a metric's lead and reference claimant. */
export function metricProblems(
  input: Record<string, unknown>,
  actorIds: ReadonlySet<string>,
  problems: Problem[],
): void {
  const figures = new Map<string, Record<string, unknown>>();
  for (const figure of listOf(input, 'figures')) {
    if (isRecord(figure) && typeof figure.id === 'string') figures.set(figure.id, figure);
  }
  const byMetric = new Map<unknown, Record<string, unknown>[]>();
  for (const figure of figures.values()) {
    const list = byMetric.get(figure.metric);
    if (list) list.push(figure);
    else byMetric.set(figure.metric, [figure]);
  }
  const ofMetric = (metric: unknown) => byMetric.get(metric) ?? [];
  listOf(input, 'metrics').forEach((raw, at) => {
    if (!isRecord(raw)) return;
    const id = typeof raw.id === 'string' ? { id: raw.id } : {};
    const reference = raw.reference;
    if (isRecord(reference) && typeof reference.claimant === 'string') {
      const { claimant, claimantDetail: detail } = reference;
      if (!actorIds.has(claimant)) {
        problems.push({
          where: `metrics[${at}].reference.claimant`,
          ...id,
          what: `unknown actor ${describe(claimant)}`,
        });
      } else if (
        // A misspelt detail would silently hand the card to another claimant.
        !ofMetric(raw.id).some(
          (f) => f.claimant === claimant && (detail === undefined || f.claimantDetail === detail),
        )
      ) {
        problems.push({
          where: `metrics[${at}].reference`,
          ...id,
          what: `no figure of this metric is claimed by "${claimant}"${typeof detail === 'string' ? ` with claimantDetail "${detail}"` : ''}`,
        });
      }
    }
    if (typeof raw.lead !== 'string') return;
    const lead = figures.get(raw.lead);
    const where = `metrics[${at}].lead`;
    if (!lead) problems.push({ where, ...id, what: `unknown figure ${describe(raw.lead)}` });
    else if (lead.metric !== raw.id) {
      problems.push({ where, ...id, what: `figure "${raw.lead}" is not a figure of this metric` });
    } else if (typeof lead.status === 'string' && CANNOT_LEAD.has(lead.status)) {
      problems.push({
        where,
        ...id,
        what: `figure "${raw.lead}" is ${lead.status}: a projected, disputed or claimed figure never leads`,
      });
    }
  });
}

/** Format version 2: the summary and the list of changes refer to items that exist. */
export function metaProblems(input: Record<string, unknown>, problems: Problem[]): void {
  const meta = input.meta;
  if (!isRecord(meta)) return;
  const items = new Map<string, Record<string, unknown>>();
  for (const key of ['figures', 'events', 'statements']) {
    for (const item of listOf(input, key)) {
      if (isRecord(item) && typeof item.id === 'string') items.set(item.id, item);
    }
  }
  const unknownItem = (where: string, ref: unknown) =>
    problems.push({ where, what: `unknown figure, event or statement ${describe(ref)}` });

  const summary = Array.isArray(meta.summary) ? meta.summary : [];
  summary.forEach((sentence: unknown, at) => {
    if (!isRecord(sentence) || !Array.isArray(sentence.refs)) return;
    const numbers = new Set<number>();
    sentence.refs.forEach((ref: unknown, k) => {
      const item = typeof ref === 'string' ? items.get(ref) : undefined;
      if (typeof ref === 'string' && !item) unknownItem(`meta.summary[${at}].refs[${k}]`, ref);
      if (item) for (const number of statedNumbers(item)) numbers.add(number);
    });
    if (typeof sentence.text !== 'string') return;
    // The lead can never drift from the data: each number it writes is one its records give.
    for (const number of numbersInText(sentence.text)) {
      if (!numbers.has(number.value)) {
        problems.push({
          where: `meta.summary[${at}].text`,
          what: `"${number.text}" is not the value, low or high of any of its refs`,
        });
      }
    }
  });

  const changes = Array.isArray(meta.changes) ? meta.changes : [];
  changes.forEach((change: unknown, at) => {
    if (!isRecord(change)) return;
    // Removed items are gone from the data, so only added and revised ones must exist.
    for (const field of ['added', 'revised']) {
      const ids = change[field];
      if (!Array.isArray(ids)) continue;
      ids.forEach((ref: unknown, k) => {
        if (typeof ref === 'string' && !items.has(ref))
          unknownItem(`meta.changes[${at}].${field}[${k}]`, ref);
      });
    }
  });
}
