import { describe, expect, it } from "vitest";
import { parseSuggestParams } from "./suggest-params";

const parse = (query: string) => parseSuggestParams(new URLSearchParams(query));

describe("parseSuggestParams", () => {
  it("accepts 2 to 100 characters after trimming, and the language", () => {
    expect(parse("q=ka")).toEqual({ q: "ka", locale: "de" });
    expect(parse("q=%20Kamera%20&locale=en")).toEqual({ q: "Kamera", locale: "en" });
    expect(parse(`q=${"a".repeat(100)}`)?.q).toHaveLength(100);
  });

  it("refuses a missing, too short or too long q", () => {
    expect(parse("")).toBeNull();
    expect(parse("q=k")).toBeNull();
    expect(parse("q=%20%20k%20")).toBeNull();
    expect(parse(`q=${"a".repeat(101)}`)).toBeNull();
  });

  it("falls back to German for an unknown language", () => {
    expect(parse("q=kamera&locale=fr")).toEqual({ q: "kamera", locale: "de" });
  });
});
