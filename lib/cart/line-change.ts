import { capLineQuantity } from "./limits";
import type { CartLine } from "./types";

/** A change the shopper asked for: a new quantity for one line (0 removes it). */
export type LineChange = { itemId: string; quantity: number };

/**
 * The lines as they will look once the server has applied the change, using the same cap as the
 * domain, so that the optimistic cart rarely has to jump back.
 */
export function applyLineChange(lines: readonly CartLine[], change: LineChange): CartLine[] {
  if (change.quantity <= 0) return lines.filter((l) => l.itemId !== change.itemId);
  return lines.map((l) =>
    l.itemId === change.itemId
      ? {
          ...l,
          quantity: capLineQuantity({
            requested: change.quantity,
            current: l.quantity,
            available: l.availableOnline,
          }).quantity,
        }
      : l,
  );
}
