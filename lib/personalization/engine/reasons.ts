import type { Reason } from "../types";
import { compareIds } from "./compare";
import { MAX_REASONS, MIN_REASON_SHARE } from "./weights";

/** A reason before its weight is known, with the score it added and a key to merge on. */
export type Contribution = { key: string; reason: Omit<Reason, "weight">; score: number };

/**
 * Turns an item's contributions into the reasons shown to the customer: sorted by weight, at
 * most three, each weight the share of the score the shown reasons explain, in hundredths that add
 * up to exactly 1. The smallest are dropped (beyond three, or under 5 %) and the rest renormalized
 * rather than merged into an "other" entry: a reason must name a real data point (P2).
 */
export function weightedReasons(contributions: Iterable<Contribution>): Reason[] {
  const sorted = [...contributions]
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || compareIds(a.key, b.key))
    .slice(0, MAX_REASONS);
  const first = sorted[0];
  if (!first) return [];
  const total = sorted.reduce((sum, c) => sum + c.score, 0);
  const kept = sorted.filter((c, i) => i === 0 || c.score / total >= MIN_REASON_SHARE);
  const keptTotal = kept.reduce((sum, c) => sum + c.score, 0);
  const hundredths = largestRemainder(kept.map((c) => (c.score / keptTotal) * 100));
  return kept.map((c, i) => ({ ...c.reason, weight: (hundredths[i] as number) / 100 }));
}

/** Rounds parts that add up to 100 to integers that still add up to 100 (order preserved). */
function largestRemainder(parts: readonly number[]): number[] {
  const floors = parts.map((p) => Math.floor(p + 1e-9));
  let missing = 100 - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = parts
    .map((p, i) => ({ i, rest: p - (floors[i] as number) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing -= 1;
  }
  return floors;
}
