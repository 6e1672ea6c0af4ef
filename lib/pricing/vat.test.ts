import { describe, expect, it } from "vitest";
import { computeVatLines, splitByRate, unitPriceCents, vatOfGross } from "./vat";

describe("vatOfGross", () => {
  it("extracts the VAT contained in a gross price", () => {
    expect(vatOfGross(11900, 1900)).toBe(1900);
    expect(vatOfGross(10700, 700)).toBe(700);
    expect(vatOfGross(999, 1900)).toBe(160);
  });
});

describe("splitByRate", () => {
  it("splits in proportion and never loses a cent", () => {
    const split = splitByRate(
      490,
      new Map([
        [1900, 3000],
        [700, 1000],
      ]),
    );
    expect(split.get(1900)).toBe(368);
    expect(split.get(700)).toBe(122);
    expect([...split.values()].reduce((a, b) => a + b, 0)).toBe(490);
  });
  it("puts an amount on the highest rate when there is nothing to weigh by", () => {
    const split = splitByRate(
      490,
      new Map([
        [1900, 0],
        [700, 0],
      ]),
    );
    expect(split.get(1900)).toBe(490);
  });
});

describe("computeVatLines", () => {
  it("adds shipping and subtracts discounts per rate", () => {
    const lines = computeVatLines(
      [
        { grossCents: 3000, rate: 1900 },
        { grossCents: 1000, rate: 700 },
      ],
      490,
      400,
    );
    const gross = lines.reduce((sum, l) => sum + l.grossCents, 0);
    expect(gross).toBe(3000 + 1000 + 490 - 400);
    for (const line of lines) expect(line.netCents + line.vatCents).toBe(line.grossCents);
    expect(lines[0]?.rate).toBe(1900);
  });
});

describe("unitPriceCents", () => {
  it("gives the price per kilogram, litre or metre", () => {
    expect(unitPriceCents(1299, { kind: "weight", amount: 500 })).toBe(2598);
    expect(unitPriceCents(899, { kind: "volume", amount: 750 })).toBe(1199);
    expect(unitPriceCents(500, { kind: "length", amount: 200 })).toBe(250);
  });
});
