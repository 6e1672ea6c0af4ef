import { describe, expect, it } from "vitest";
import { formatCell, MAX_CELL_LENGTH } from "./format-value";

const words = { yes: "Ja", no: "Nein", empty: "—" };
const de = (value: unknown, money = false) =>
  formatCell(value, { locale: "de", money, words }).text.replace(/\u00a0/g, " ");
const en = (value: unknown, money = false) =>
  formatCell(value, { locale: "en", money, words: { yes: "Yes", no: "No", empty: "—" } }).text;

describe("formatCell", () => {
  it("shows dates in Berlin time, in the reader's language", () => {
    // 22:30 UTC on 2 May is 00:30 on 3 May in Berlin (summer time).
    const date = new Date("2025-05-02T22:30:00Z");
    expect(de(date)).toBe("03.05.2025, 00:30");
    expect(en(date)).toMatch(/^3 May 2025,? 00:30$/);
  });

  it("says yes or no for booleans, and a dash for nothing", () => {
    expect(de(true)).toBe("Ja");
    expect(en(false)).toBe("No");
    expect(de(null)).toBe("—");
    expect(de("")).toBe("—");
    expect(de([])).toBe("—");
    expect(de({})).toBe("—");
  });

  it("shows cents as euros only for money columns", () => {
    expect(de(2490, true)).toBe("24,90 €");
    expect(de(1900)).toBe("1900");
    expect(de(105751)).toBe("105751");
    expect(de(0.5)).toBe("0,5");
  });

  it("shows an address as its parts and a flat record as named values", () => {
    const address = {
      fullName: "Alma Adler",
      company: null,
      street: "Lindenallee 3",
      postalCode: "10115",
      city: "Berlin",
      country: "DE",
    };
    expect(de(address)).toBe("Alma Adler, Lindenallee 3, 10115 Berlin, DE");
    // jsonb returns the keys in its own order; the address keeps the postal one.
    const stored = {
      city: "Berlin",
      street: "Lindenallee 3",
      country: "DE",
      fullName: "Alma Adler",
      postalCode: "10115",
    };
    expect(de(stored)).toBe("Alma Adler, Lindenallee 3, 10115 Berlin, DE");
    expect(de({ note: "Bitte klingeln", floor: null })).toBe("Bitte klingeln");
    expect(de({ preferences: true, marketing: false })).toBe("preferences: Ja; marketing: Nein");
    expect(en(["interested", "not_interested"])).toBe("interested, not_interested");
  });

  it("writes nested JSON compactly, and shortens what is too long for the page", () => {
    expect(de({ productIds: ["a", "b"] })).toBe('{"productIds":["a","b"]}');
    const long = formatCell("x".repeat(MAX_CELL_LENGTH + 50), {
      locale: "de",
      money: false,
      words,
    });
    expect(long.shortened).toBe(true);
    expect(long.text).toHaveLength(MAX_CELL_LENGTH);
    expect(long.text.endsWith("…")).toBe(true);
    expect(formatCell("kurz", { locale: "de", money: false, words }).shortened).toBe(false);
  });
});
