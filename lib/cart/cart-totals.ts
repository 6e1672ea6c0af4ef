import { computeTotals, type ShippingMethod, type Totals } from "@/lib/pricing/totals";
import type { CartLine, CartView } from "./types";

/** The totals of a cart view (pure, so the cart page can recompute them for optimistic updates). */
export function cartTotals(
  cart: Pick<CartView, "lines" | "voucher">,
  shippingMethod: ShippingMethod = "standard",
): Totals {
  return computeTotals({
    lines: cart.lines.map((l) => ({
      key: l.itemId,
      unitPriceCents: l.unitPriceCents,
      quantity: l.quantity,
      vatRate: l.vatRate,
    })),
    shippingMethod,
    discount: cart.voucher?.discount ?? null,
  });
}

/** Units in the cart. */
export function cartItemCount(lines: readonly Pick<CartLine, "quantity">[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0);
}
