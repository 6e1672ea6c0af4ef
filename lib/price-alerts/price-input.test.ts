import { describe, expect, it } from "vitest";
import { MAX_WISH_PRICE_CENTS, parseEuroToCents } from "./price-input";

describe("parseEuroToCents", () => {
  it.each([
    ["12,50", 1250],
    ["12.50", 1250],
    ["12,5", 1250],
    ["12", 1200],
    ["0,99", 99],
    [" 12,50 € ", 1250],
    ["€12.50", 1250],
    ["12,50 EUR", 1250],
    ["1.299,00", 129900],
    ["1,299.00", 129900],
    ["1.299", 129900],
    // Three digits after the only mark group thousands, in either notation.
    ["12,505", 1250500],
    ["1 299,95", 129995],
    ["12.345,67", 1234567],
    ["12,345.67", 1234567],
  ])("reads %j as %i cents", (input, cents) => {
    expect(parseEuroToCents(input)).toBe(cents);
  });

  it.each([
    "",
    "   ",
    "abc",
    "12,5055",
    "12,",
    ",50",
    "-5",
    "0",
    "0,00",
    "1.2.3",
    "12,50,00",
    "1.29,00",
    "12e3",
    "Infinity",
    "1,299,99",
  ])("refuses %j", (input) => {
    expect(parseEuroToCents(input)).toBeNull();
  });

  it("refuses amounts above the limit", () => {
    expect(parseEuroToCents("100.000,00")).toBe(MAX_WISH_PRICE_CENTS);
    expect(parseEuroToCents("100.000,01")).toBeNull();
  });
});
