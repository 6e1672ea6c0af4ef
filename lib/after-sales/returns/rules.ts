import type { VatLine } from "@/db/schema";

/*
 * Pure rules of returns and exchanges. Within the statutory withdrawal period (14 days after
 * delivery, §355 BGB) no reason is needed; after it the shop takes goodwill returns until 30 days
 * after delivery, with a reason.
 */

export const WITHDRAWAL_DAYS = 14;
export const GOODWILL_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReturnWindow =
  { kind: "withdrawal"; endsAt: Date } | { kind: "goodwill"; endsAt: Date } | { kind: "closed" };

/** Which return the customer may make now for an order delivered at `deliveredAt`. */
export function returnWindow(deliveredAt: Date | null, now: Date): ReturnWindow {
  if (!deliveredAt) return { kind: "closed" };
  const withdrawalEnds = new Date(deliveredAt.getTime() + WITHDRAWAL_DAYS * DAY_MS);
  if (now.getTime() <= withdrawalEnds.getTime())
    return { kind: "withdrawal", endsAt: withdrawalEnds };
  const goodwillEnds = new Date(deliveredAt.getTime() + GOODWILL_DAYS * DAY_MS);
  if (now.getTime() <= goodwillEnds.getTime()) return { kind: "goodwill", endsAt: goodwillEnds };
  return { kind: "closed" };
}

export type ReturnedLine = { orderItemId: string; quantity: number };

/** Ordered minus already returned (any return not refused counts), per order item. */
export function returnableQuantities(
  items: readonly { id: string; quantity: number }[],
  returned: readonly ReturnedLine[],
): Map<string, number> {
  const left = new Map(items.map((i) => [i.id, i.quantity]));
  for (const line of returned) {
    const current = left.get(line.orderItemId);
    if (current !== undefined) left.set(line.orderItemId, Math.max(0, current - line.quantity));
  }
  return left;
}

export type RequestedLine = { orderItemId: string; quantity: number };

/** Null when every line fits the returnable quantities, else the first bad order item id. */
export function checkRequestedLines(
  requested: readonly RequestedLine[],
  returnable: ReadonlyMap<string, number>,
): "empty" | "too_many" | null {
  if (requested.length === 0) return "empty";
  const seen = new Set<string>();
  for (const line of requested) {
    const max = returnable.get(line.orderItemId) ?? 0;
    if (seen.has(line.orderItemId) || !Number.isInteger(line.quantity) || line.quantity < 1)
      return "too_many";
    if (line.quantity > max) return "too_many";
    seen.add(line.orderItemId);
  }
  return null;
}

/** What `quantity` of a line was paid: its total (after its discount) in proportion. */
export function lineRefundCents(
  item: { quantity: number; totalCents: number },
  quantity: number,
): number {
  return Math.round((item.totalCents * quantity) / item.quantity);
}

/** VAT lines for a gross amount per rate (gross includes VAT, as the order's lines do). */
export function vatLinesFor(grossByRate: ReadonlyMap<number, number>): VatLine[] {
  return [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, grossCents]) => {
      const netCents = Math.round((grossCents * 100) / (100 + rate));
      return { rate, grossCents, netCents, vatCents: grossCents - netCents };
    });
}

export type ReturnStatus = "requested" | "received" | "refunded" | "exchanged" | "refused";
export type ReturnKind = "return" | "exchange";
export type StaffStep = "receive" | "refund" | "exchange" | "refuse";

/** The guarded transitions of the staff queue. */
export function canTransition(kind: ReturnKind, status: ReturnStatus, step: StaffStep): boolean {
  switch (step) {
    case "receive":
      return status === "requested";
    case "refund":
      return kind === "return" && status === "received";
    case "exchange":
      return kind === "exchange" && status === "received";
    case "refuse":
      return status === "requested" || status === "received";
  }
}

export function nextStatus(step: StaffStep): ReturnStatus {
  return step === "receive"
    ? "received"
    : step === "refund"
      ? "refunded"
      : step === "exchange"
        ? "exchanged"
        : "refused";
}
