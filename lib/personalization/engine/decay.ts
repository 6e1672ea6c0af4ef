import { DAY_MS } from "@/lib/time/days";

/** Exponential decay: the weight left after `ageDays` (1 today, 0.5 after one half-life). */
export function decay(ageDays: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0)) throw new RangeError("halfLifeDays must be positive");
  // A data point from the future (clock skew) counts as today, never more.
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

export function ageInDays(at: Date, now: Date): number {
  return (now.getTime() - at.getTime()) / DAY_MS;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median() of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
