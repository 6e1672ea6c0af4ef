import { describe, expect, it } from "vitest";
import { cartTotals } from "./cart-totals";
import { applyLineChange } from "./line-change";
import type { CartLine } from "./types";

function line(itemId: string, quantity: number, availableOnline: number): CartLine {
  return {
    itemId,
    variantId: `v-${itemId}`,
    productId: `p-${itemId}`,
    slug: itemId,
    nameDe: itemId,
    nameEn: itemId,
    sku: itemId.toUpperCase(),
    size: null,
    colour: null,
    imageUrl: null,
    imageAltDe: "",
    imageAltEn: "",
    unitPriceCents: 1000,
    vatRate: 1900,
    quantity,
    availableOnline,
    unitKind: null,
    unitContent: null,
  };
}

describe("applyLineChange", () => {
  const lines = [line("a", 2, 5), line("b", 1, 2)];

  it("sets a quantity and removes a line at zero", () => {
    expect(applyLineChange(lines, { itemId: "a", quantity: 3 }).map((l) => l.quantity)).toEqual([
      3, 1,
    ]);
    expect(applyLineChange(lines, { itemId: "a", quantity: 0 }).map((l) => l.itemId)).toEqual([
      "b",
    ]);
  });

  it("caps like the server does", () => {
    expect(applyLineChange(lines, { itemId: "b", quantity: 4 })[1]?.quantity).toBe(2);
  });

  it("leaves other carts' item ids alone", () => {
    expect(applyLineChange(lines, { itemId: "x", quantity: 0 })).toEqual(lines);
  });
});

describe("cartTotals", () => {
  it("is computeTotals over the lines with the voucher's discount", () => {
    const totals = cartTotals({
      lines: [line("a", 3, 5)],
      voucher: {
        code: "WILLKOMMEN10",
        offerId: "o",
        nameDe: "",
        nameEn: "",
        discount: { kind: "percent", value: 10, minOrderCents: 2000 },
        automated: false,
      },
    });
    expect(totals.subtotalCents).toBe(3000);
    expect(totals.discountCents).toBe(300);
    expect(totals.shippingCents).toBe(490);
    expect(totals.totalCents).toBe(3190);
  });
});
