import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("formats German prices with comma and euro sign after", () => {
    expect(formatMoney(129900, "de").replace(/\u00a0/g, " ")).toBe("1.299,00 €");
  });
  it("formats English prices in euro", () => {
    expect(formatMoney(129900, "en")).toMatch(/€\s?1,299\.00/);
  });
});
