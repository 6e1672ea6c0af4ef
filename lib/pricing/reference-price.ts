import { DAY_MS } from "@/lib/time/days";

export type PricePoint = { priceCents: number; validFrom: Date; validTo: Date | null };
export type Reduction = {
  currentCents: number;
  referenceCents: number;
  percentOff: number;
  since: Date;
};

/**
 * The reference price of an announced reduction (PAngV §11, CJEU C-330/23): the lowest price of
 * the 30 days before the reduction; in stepwise reductions the reference stays the one before the
 * first step (§11(2)); a product launched less than 30 days before uses the lowest price since
 * launch. Returns null when the current price is not a reduction.
 */
export function computeReduction(history: readonly PricePoint[], now: Date): Reduction | null {
  const points = [...history]
    .filter((p) => p.validFrom.getTime() <= now.getTime())
    .sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
  const currentIndex = points.length - 1;
  const current = points[currentIndex];
  if (!current || (current.validTo && current.validTo.getTime() <= now.getTime())) return null;
  const isReduction = (i: number) => i > 0 && points[i - 1]!.priceCents > points[i]!.priceCents;
  if (!isReduction(currentIndex)) return null;
  let firstStep = currentIndex;
  while (isReduction(firstStep - 1)) firstStep--;
  const reductionStart = points[firstStep]!.validFrom.getTime();
  const windowStart = reductionStart - 30 * DAY_MS;
  const before = points
    .slice(0, firstStep)
    .filter((p) => (p.validTo ? p.validTo.getTime() : Number.POSITIVE_INFINITY) > windowStart);
  if (before.length === 0) return null;
  const referenceCents = Math.min(...before.map((p) => p.priceCents));
  if (referenceCents <= current.priceCents) return null;
  return {
    currentCents: current.priceCents,
    referenceCents,
    percentOff: Math.round(((referenceCents - current.priceCents) / referenceCents) * 100),
    since: new Date(reductionStart),
  };
}
