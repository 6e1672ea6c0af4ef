/** VAT rates in basis points: 1900 = 19 %, 700 = 7 %. Amounts are integer cents, VAT included. */

export type VatLine = { rate: number; grossCents: number; netCents: number; vatCents: number };

/** The VAT contained in a gross amount, rounded half up to the cent. */
export function vatOfGross(grossCents: number, rate: number): number {
  return grossCents - Math.round((grossCents * 10000) / (10000 + rate));
}

/**
 * Splits `amountCents` across the rates in proportion to their gross amounts (largest remainder),
 * as German tax law requires for shipping and basket-wide discounts on mixed-rate baskets.
 */
export function splitByRate(
  amountCents: number,
  grossByRate: Map<number, number>,
): Map<number, number> {
  const total = [...grossByRate.values()].reduce((sum, v) => sum + v, 0);
  const result = new Map<number, number>();
  if (total === 0 || amountCents === 0) {
    for (const rate of grossByRate.keys()) result.set(rate, 0);
    if (total === 0 && amountCents !== 0 && grossByRate.size > 0) {
      // Nothing to weigh by: the amount falls under the highest rate.
      result.set(Math.max(...grossByRate.keys()), amountCents);
    }
    return result;
  }
  const shares = [...grossByRate.entries()].map(([rate, gross]) => {
    const exact = (amountCents * gross) / total;
    return { rate, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = amountCents - shares.reduce((sum, s) => sum + s.floor, 0);
  shares.sort((a, b) => b.remainder - a.remainder || b.rate - a.rate);
  for (const share of shares) {
    result.set(share.rate, share.floor + (left > 0 ? 1 : 0));
    if (left > 0) left--;
  }
  return result;
}

/**
 * VAT per rate for a basket: item totals per rate, minus a basket discount and plus shipping,
 * both split across the rates in proportion to the item totals.
 */
export function computeVatLines(
  items: { grossCents: number; rate: number }[],
  shippingCents: number,
  discountCents: number,
): VatLine[] {
  const grossByRate = new Map<number, number>();
  for (const item of items)
    grossByRate.set(item.rate, (grossByRate.get(item.rate) ?? 0) + item.grossCents);
  if (grossByRate.size === 0) return [];
  const discounts = splitByRate(discountCents, grossByRate);
  const shipping = splitByRate(shippingCents, grossByRate);
  return [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, gross]) => {
      const grossCents = gross - (discounts.get(rate) ?? 0) + (shipping.get(rate) ?? 0);
      const vatCents = vatOfGross(grossCents, rate);
      return { rate, grossCents, netCents: grossCents - vatCents, vatCents };
    });
}

/** Unit price (Grundpreis, PAngV §4) in cents per kg, l or m. */
export function unitPriceCents(
  priceCents: number,
  content: { kind: "weight" | "volume" | "length"; amount: number },
): number {
  const perBase = content.kind === "length" ? 100 : 1000; // cm per m; g per kg, ml per l
  return Math.round((priceCents * perBase) / content.amount);
}
