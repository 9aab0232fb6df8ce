/** When projects ran, as far as the data says: a partial date ("2016", "2016-01", "2016-01-15")
 *  read as the start or the end of the period it names. Nothing is guessed where a date is missing. */

export interface Dated {
  readonly start: string | null;
  readonly end: string | null;
}

const parts = (date: string): number[] => date.split('-').map(Number);

/** The calendar year of a date. */
export const yearOf = (date: string): number => parts(date)[0] ?? 0;

/**
 * A date as years with their fraction (2018.5 is 2 July 2018), at the start of the period it names,
 * or (`end`) at its end: a project "to 2019" ran to the end of 2019 (2020.0), "to 2019-06" to the
 * end of June, "to 2019-06-30" to the end of that day.
 */
export function yearAt(date: string, end: boolean): number {
  const [y = 0, m, d] = parts(date);
  const after = end ? 1 : 0;
  if (m === undefined || Number.isNaN(m)) return y + after;
  if (d === undefined || Number.isNaN(d)) return y + (m - 1 + after) / 12;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y + (m - 1 + (d - 1 + after) / days) / 12;
}

/**
 * Whether something was active in `year` as far as its dates say: it started or ended that year,
 * or started before and ended after. With a date missing, only the one known can say so (a
 * project that began in 2016 and whose end is unknown is not said to be active in 2018).
 */
export function activeIn({ start, end }: Dated, year: number): boolean {
  const from = start ? yearOf(start) : undefined;
  const to = end ? yearOf(end) : undefined;
  return from === year || to === year || (from !== undefined && to !== undefined && from < year && year < to);
}

/** Longest span of years the selector offers (hostile or mistyped data could span millennia). */
const MAX_YEARS = 200;

/** Every year from the earliest known date to the latest, the last MAX_YEARS at most. */
export function yearsOf(items: Iterable<Dated>): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const { start, end } of items)
    for (const date of [start, end])
      if (date) {
        const y = yearOf(date);
        if (Number.isFinite(y)) [min, max] = [Math.min(min, y), Math.max(max, y)];
      }
  if (min > max) return [];
  min = Math.max(min, max - MAX_YEARS + 1);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
