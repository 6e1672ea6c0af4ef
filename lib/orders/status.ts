import type { Order } from "@/db/schema";

/** A customer may cancel until the goods have left the warehouse. */
export const CANCELLABLE_STATUSES: readonly Order["status"][] = ["placed", "paid"];

export function isCancellable(status: Order["status"]): boolean {
  return CANCELLABLE_STATUSES.includes(status);
}
