import { describe, expect, it } from "vitest";
import {
  createProductSchema,
  isMediaImageUrl,
  parseEuroToCents,
  priceChangeSchema,
  slugify,
  stockSchema,
} from "./admin";

describe("parseEuroToCents", () => {
  it("reads German and English decimal marks and thousands separators", () => {
    expect(parseEuroToCents("39,90")).toBe(3990);
    expect(parseEuroToCents("39.90")).toBe(3990);
    expect(parseEuroToCents("39,9")).toBe(3990);
    expect(parseEuroToCents("12")).toBe(1200);
    expect(parseEuroToCents(" 1.299,00 € ")).toBe(129900);
    expect(parseEuroToCents("1.299")).toBe(129900);
  });

  it("refuses zero, negative, malformed and absurd amounts", () => {
    for (const raw of ["", "0", "0,00", "-5", "abc", "12,345", "1,2,3", "1e3", "9999999"]) {
      expect(parseEuroToCents(raw), raw).toBeNull();
    }
  });
});

describe("isMediaImageUrl", () => {
  it("accepts only the shop's own generated art", () => {
    expect(isMediaImageUrl("/media/products/mug-210-0.svg")).toBe(true);
    expect(isMediaImageUrl("https://evil.example/x.svg")).toBe(false);
    expect(isMediaImageUrl("/media/products/../secret")).toBe(false);
    expect(isMediaImageUrl("/media/products/unknown-210-0.svg")).toBe(false);
    expect(isMediaImageUrl("/media/products/mug-999-0.svg")).toBe(false);
  });
});

describe("form schemas", () => {
  const id = "0b8a2f4e-3a3c-4c1e-9f55-5b8f7f6d2a10";

  it("turns the typed price into cents and names a bad one with a catalogue key", () => {
    expect(priceChangeSchema.parse({ variantId: id, price: "29,90" })).toEqual({
      variantId: id,
      price: 2990,
    });
    const bad = priceChangeSchema.safeParse({ variantId: id, price: "-1" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("errors.priceInvalid");
  });

  it("takes whole, non-negative stock quantities only", () => {
    expect(stockSchema.parse({ variantId: id, storeId: id, quantity: "7" }).quantity).toBe(7);
    for (const quantity of ["-1", "1.5", "x"]) {
      expect(stockSchema.safeParse({ variantId: id, storeId: id, quantity }).success).toBe(false);
    }
  });

  it("normalises article numbers to upper case and refuses odd characters", () => {
    const base = { nameDe: "Tasse", nameEn: "Mug", brand: "B", categoryId: id, price: "5" };
    expect(createProductSchema.parse({ ...base, sku: "mug-1" }).sku).toBe("MUG-1");
    expect(createProductSchema.safeParse({ ...base, sku: "mug 1" }).success).toBe(false);
  });
});

describe("slugify", () => {
  it("folds German letters and punctuation", () => {
    expect(slugify("Große Tasse, grün!")).toBe("grosse-tasse-gruen");
  });
});
