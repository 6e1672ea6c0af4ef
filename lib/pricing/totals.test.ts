import { describe, expect, it } from "vitest";
import { allocate, computeTotals } from "./totals";

const camera = { key: "camera", unitPriceCents: 179900, quantity: 1, vatRate: 1900 };
const coffee = { key: "coffee", unitPriceCents: 1899, quantity: 2, vatRate: 700 };
const book = { key: "book", unitPriceCents: 2400, quantity: 1, vatRate: 700 };

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("allocate", () => {
  it("never loses or invents a cent", () => {
    for (const amount of [0, 1, 7, 100, 999]) {
      expect(sum(allocate(amount, [3, 3, 3]))).toBe(amount);
    }
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
  });
});

describe("computeTotals", () => {
  it("charges standard shipping below 50 € and splits it across the VAT rates", () => {
    const t = computeTotals({
      lines: [book, { ...coffee, quantity: 1 }],
      shippingMethod: "standard",
    });
    expect(t.subtotalCents).toBe(4299);
    expect(t.shippingCents).toBe(490);
    expect(t.totalCents).toBe(4789);
    expect(t.missingForFreeShippingCents).toBe(701);
    expect(t.vatLines).toHaveLength(1);
    expect(t.vatLines[0]).toMatchObject({ rate: 700, grossCents: 4789 });
  });

  it("splits shipping in proportion between 19 % and 7 %", () => {
    const t = computeTotals({
      lines: [{ ...book }, { key: "cable", unitPriceCents: 1500, quantity: 1, vatRate: 1900 }],
      shippingMethod: "express",
    });
    expect(t.shippingCents).toBe(990);
    const byRate = Object.fromEntries(t.vatLines.map((l) => [l.rate, l]));
    // 990 split 2400:1500 → 609 to 7 %, 381 to 19 %
    expect(byRate[700]!.grossCents).toBe(2400 + 609);
    expect(byRate[1900]!.grossCents).toBe(1500 + 381);
    expect(sum(t.vatLines.map((l) => l.grossCents))).toBe(t.totalCents);
    for (const line of t.vatLines) expect(line.netCents + line.vatCents).toBe(line.grossCents);
  });

  it("ships standard for free from 50 € of goods after the discount", () => {
    expect(computeTotals({ lines: [camera], shippingMethod: "standard" }).shippingCents).toBe(0);
    const justBelow = computeTotals({
      lines: [{ key: "a", unitPriceCents: 5200, quantity: 1, vatRate: 1900 }],
      shippingMethod: "standard",
      discount: { kind: "percent", value: 10, minOrderCents: 0 },
    });
    expect(justBelow.discountCents).toBe(520);
    expect(justBelow.shippingCents).toBe(490);
    expect(computeTotals({ lines: [camera], shippingMethod: "pickup" }).shippingCents).toBe(0);
  });

  it("spreads a voucher across the lines and the rates, rounding to the cent", () => {
    const t = computeTotals({
      lines: [camera, coffee],
      shippingMethod: "express",
      discount: { kind: "percent", value: 10, minOrderCents: 2000 },
    });
    expect(t.subtotalCents).toBe(179900 + 3798);
    expect(t.discountCents).toBe(Math.round((179900 + 3798) / 10));
    expect(sum(Object.values(t.lineDiscounts))).toBe(t.discountCents);
    expect(t.totalCents).toBe(t.subtotalCents - t.discountCents + 990);
    expect(sum(t.vatLines.map((l) => l.grossCents))).toBe(t.totalCents);
    const vat19 = t.vatLines.find((l) => l.rate === 1900)!;
    expect(vat19.vatCents).toBe(vat19.grossCents - Math.round((vat19.grossCents * 10000) / 11900));
  });

  it("applies a fixed voucher only above its minimum and never below zero", () => {
    const fixed = { kind: "fixed" as const, value: 1000, minOrderCents: 5000 };
    const small = computeTotals({ lines: [book], shippingMethod: "standard", discount: fixed });
    expect(small.discountApplied).toBe(false);
    expect(small.discountCents).toBe(0);
    const huge = computeTotals({
      lines: [book],
      shippingMethod: "pickup",
      discount: { ...fixed, value: 99999, minOrderCents: 0 },
    });
    expect(huge.discountCents).toBe(2400);
    expect(huge.totalCents).toBe(0);
  });

  it("gives free shipping with a free-shipping voucher", () => {
    const t = computeTotals({
      lines: [book],
      shippingMethod: "express",
      discount: { kind: "free_shipping", value: 0, minOrderCents: 0 },
    });
    expect(t.shippingCents).toBe(0);
    expect(t.discountApplied).toBe(true);
  });

  it("is zero for an empty basket", () => {
    expect(computeTotals({ lines: [], shippingMethod: "standard" })).toMatchObject({
      totalCents: 0,
      shippingCents: 0,
      vatLines: [],
    });
  });
});
