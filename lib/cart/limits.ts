/** At most this many units of one variant per cart line (a shop rule, not a stock rule). */
export const MAX_PER_LINE = 10;

/** Why a line holds fewer units than asked for. */
export type CapReason = "stock" | "line_limit";

/**
 * The quantity a line may hold: an increase stops at the online stock and at MAX_PER_LINE; a
 * decrease is always allowed, and a line that already holds more than the stock (the stock fell
 * after it was added) is never cut silently: the cart shows a warning instead.
 */
export function capLineQuantity(input: { requested: number; current: number; available: number }): {
  quantity: number;
  cappedBy: CapReason | null;
} {
  const { requested, current } = input;
  const available = Math.max(0, input.available);
  const limit = Math.min(MAX_PER_LINE, available);
  if (requested <= limit || requested <= current) return { quantity: requested, cappedBy: null };
  return {
    quantity: Math.max(limit, Math.min(current, MAX_PER_LINE)),
    cappedBy: available < MAX_PER_LINE ? "stock" : "line_limit",
  };
}

/** True when the line holds more units than the online warehouse has (the cart warns). */
export function exceedsStock(line: { quantity: number; availableOnline: number }): boolean {
  return line.quantity > line.availableOnline;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from cookies and forms are checked before they reach SQL (a malformed uuid is an error there). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
