/** One thing wrong with a dataset: where it is, the item's id when it has one, and what. */
export interface Problem {
  where: string;
  id?: string;
  what: string;
}

/** `figures[12].sources[0] (id "nk-troops"): unknown source "x"`, as data:check and the page show it. */
export const formatProblem = (problem: Problem): string =>
  `${problem.where}${problem.id ? ` (id "${problem.id}")` : ''}: ${problem.what}`;
