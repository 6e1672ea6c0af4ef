import { computeVatLines, type VatLine } from "./vat";

/** Shipping prices in cents (VAT included); standard is free from a goods value of 50 €. */
export const SHIPPING = {
  standard: { priceCents: 490, freeFromCents: 5000 },
  express: { priceCents: 990, freeFromCents: null },
  pickup: { priceCents: 0, freeFromCents: null },
} as const;

export type ShippingMethod = keyof typeof SHIPPING;
export const SHIPPING_METHODS = Object.keys(SHIPPING) as ShippingMethod[];

export type TotalsLine = { key: string; unitPriceCents: number; quantity: number; vatRate: number };

/** A basket-wide reduction from a voucher or offer. `value` is percent (0–100) or cents. */
export type Discount = {
  kind: "percent" | "fixed" | "free_shipping";
  value: number;
  minOrderCents: number;
};

export type Totals = {
  /** Goods before the discount. */
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  /** VAT per rate, with discount and shipping split across the rates in proportion (§10 UStG). */
  vatLines: VatLine[];
  /** The discount carried by each line, summing to `discountCents` (for invoices and returns). */
  lineDiscounts: Record<string, number>;
  /** False when a discount was given but its minimum order value is not reached. */
  discountApplied: boolean;
  /** How much more goods value makes standard shipping free (0 when it already is). */
  missingForFreeShippingCents: number;
};

/** Splits `amount` across weights in proportion, largest remainder first, never losing a cent. */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || amount === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (amount * w) / total);
  const result = exact.map(Math.floor);
  let left = amount - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((v, i) => ({ i, r: v - Math.floor(v) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i]! += 1;
    left--;
  }
  return result;
}

/** The totals of a basket: pure, integer cents, VAT included throughout. */
export function computeTotals(input: {
  lines: readonly TotalsLine[];
  shippingMethod: ShippingMethod;
  discount?: Discount | null;
}): Totals {
  const gross = input.lines.map((l) => l.unitPriceCents * l.quantity);
  const subtotalCents = gross.reduce((a, b) => a + b, 0);
  const discount = input.discount ?? null;
  const discountApplied =
    discount !== null && subtotalCents > 0 && subtotalCents >= discount.minOrderCents;
  let discountCents = 0;
  if (discountApplied && discount.kind === "percent") {
    discountCents = Math.round((subtotalCents * Math.min(100, Math.max(0, discount.value))) / 100);
  } else if (discountApplied && discount.kind === "fixed") {
    discountCents = Math.min(subtotalCents, Math.max(0, discount.value));
  }
  const perLine = allocate(discountCents, gross);
  const lineDiscounts = Object.fromEntries(input.lines.map((l, i) => [l.key, perLine[i]!]));
  const goodsCents = subtotalCents - discountCents;
  const rule = SHIPPING[input.shippingMethod];
  const freeShipping =
    input.lines.length === 0 ||
    (discountApplied && discount.kind === "free_shipping") ||
    (rule.freeFromCents !== null && goodsCents >= rule.freeFromCents);
  const shippingCents = freeShipping ? 0 : rule.priceCents;
  const vatLines = computeVatLines(
    input.lines.map((l, i) => ({ grossCents: gross[i]! - perLine[i]!, rate: l.vatRate })),
    shippingCents,
    0,
  );
  const standardFree = SHIPPING.standard.freeFromCents;
  return {
    subtotalCents,
    discountCents,
    shippingCents,
    totalCents: goodsCents + shippingCents,
    vatLines,
    lineDiscounts,
    discountApplied: discount === null ? false : discountApplied,
    missingForFreeShippingCents: Math.max(0, standardFree - goodsCents),
  };
}
