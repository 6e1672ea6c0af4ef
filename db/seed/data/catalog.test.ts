import { describe, expect, it } from "vitest";

import { CATEGORIES } from "./categories";
import { COLOURS } from "@/lib/catalog/colours";
import { PRODUCTS } from "./products";
import type { Localized } from "./types";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Drugstore consumables that are sold by the piece, so they have no unit price. */
const SOLD_BY_PIECE = new Set(["zahnwerk-s2-brush-heads", "heilbar-plaster-strips"]);

const categoryBySlug = new Map(CATEGORIES.map((c) => [c.slug, c]));
const productSlugs = new Set(PRODUCTS.map((p) => p.slug));

function filled(text: Localized): boolean {
  return text.de.trim().length > 0 && text.en.trim().length > 0;
}

function isbn13Valid(isbn: string): boolean {
  const digits = isbn.replace(/-/g, "");
  if (!/^\d{13}$/.test(digits)) return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

describe("demo catalogue", () => {
  it("has enough products and categories", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(120);
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(8);
  });

  it("has unique kebab-case slugs", () => {
    expect(productSlugs.size).toBe(PRODUCTS.length);
    expect(new Set(CATEGORIES.map((c) => c.slug)).size).toBe(CATEGORIES.length);
    for (const slug of [...productSlugs, ...categoryBySlug.keys()]) {
      expect(slug, slug).toMatch(KEBAB);
    }
  });

  it("puts every product in an existing category, with at least 10 per category", () => {
    for (const p of PRODUCTS) {
      expect(categoryBySlug.has(p.category), `${p.slug} → ${p.category}`).toBe(true);
    }
    for (const c of CATEGORIES) {
      const count = PRODUCTS.filter((p) => p.category === c.slug).length;
      expect(count, c.slug).toBeGreaterThanOrEqual(10);
    }
  });

  it("only complements products that exist, never itself", () => {
    for (const p of PRODUCTS) {
      for (const slug of p.complements ?? []) {
        expect(productSlugs.has(slug), `${p.slug} → ${slug}`).toBe(true);
        expect(slug).not.toBe(p.slug);
      }
    }
  });

  it("uses only known colour codes and unique variant keys", () => {
    for (const p of PRODUCTS) {
      const variants = p.variants ?? [];
      expect(new Set(variants.map((v) => v.key)).size, p.slug).toBe(variants.length);
      for (const v of variants) {
        expect(v.key, `${p.slug}-${v.key}`).toMatch(KEBAB);
        if (v.colour !== null) {
          expect(COLOURS[v.colour], `${p.slug}: ${v.colour}`).toBeDefined();
        }
      }
    }
  });

  it("gives fashion products sizes and colours", () => {
    const fashion = PRODUCTS.filter((p) => p.category.startsWith("fashion-"));
    expect(fashion.length).toBeGreaterThan(0);
    for (const p of fashion) {
      const variants = p.variants ?? [];
      expect(variants.length, p.slug).toBeGreaterThanOrEqual(3);
      for (const v of variants) {
        expect(v.size, p.slug).not.toBeNull();
        expect(v.colour, p.slug).not.toBeNull();
      }
    }
  });

  it("has prices and launch dates in a sensible range", () => {
    for (const p of PRODUCTS) {
      expect(Number.isInteger(p.priceCents), p.slug).toBe(true);
      expect(p.priceCents, p.slug).toBeGreaterThan(0);
      expect(p.launchedDaysAgo, p.slug).toBeGreaterThanOrEqual(0);
      expect(p.launchedDaysAgo, p.slug).toBeLessThanOrEqual(900);
      expect(p.art.hue, p.slug).toBeGreaterThanOrEqual(0);
      expect(p.art.hue, p.slug).toBeLessThanOrEqual(360);
    }
  });

  it("only reduces prices: every earlier sale price is higher than the current one", () => {
    const onSale = PRODUCTS.filter((p) => p.sale);
    expect(onSale.length).toBeGreaterThanOrEqual(10);
    for (const p of onSale) {
      const sale = p.sale!;
      expect(sale.earlierPrices.length, p.slug).toBeGreaterThan(0);
      let previousDaysAgo = Infinity;
      for (const earlier of sale.earlierPrices) {
        expect(earlier.priceCents, p.slug).toBeGreaterThan(p.priceCents);
        // Oldest first, not before launch, and before the current price started.
        expect(earlier.daysAgo, p.slug).toBeLessThan(previousDaysAgo);
        expect(earlier.daysAgo, p.slug).toBeLessThanOrEqual(p.launchedDaysAgo);
        expect(earlier.daysAgo, p.slug).toBeGreaterThan(sale.saleStartedDaysAgo);
        previousDaysAgo = earlier.daysAgo;
      }
    }
    // At least one stepwise reduction.
    expect(onSale.some((p) => p.sale!.earlierPrices.length >= 2)).toBe(true);
  });

  it("never puts books on sale (fixed book prices)", () => {
    for (const p of PRODUCTS.filter((p) => p.category === "books")) {
      expect(p.sale, p.slug).toBeUndefined();
    }
  });

  it("gives food and drugstore goods sold by quantity a unit", () => {
    for (const p of PRODUCTS) {
      if (p.unit) {
        expect(p.unit.amount, p.slug).toBeGreaterThan(0);
      }
      if (p.category === "food-drinks") {
        expect(p.unit, p.slug).toBeDefined();
      }
      if (p.category === "drugstore-health" && p.consumable && !SOLD_BY_PIECE.has(p.slug)) {
        expect(p.unit, p.slug).toBeDefined();
      }
    }
  });

  it("has a sensitive category and both VAT rates", () => {
    expect(CATEGORIES.some((c) => c.sensitive)).toBe(true);
    const rates = new Set([...CATEGORIES, ...PRODUCTS].map((x) => x.vatRate));
    expect(rates).toEqual(new Set([700, 1900]));
    for (const slug of ["food-drinks", "books"]) {
      expect(categoryBySlug.get(slug)?.vatRate, slug).toBe(700);
    }
    for (const p of PRODUCTS.filter((p) => p.category === "books")) {
      expect(p.vatRate, p.slug).toBe(700);
    }
  });

  it("has books with valid ISBN-13", () => {
    for (const p of PRODUCTS.filter((p) => p.category === "books")) {
      const isbn = p.attributes.isbn;
      expect(isbn, p.slug).toBeDefined();
      expect(isbn13Valid(isbn!.de), `${p.slug}: ${isbn!.de}`).toBe(true);
    }
  });

  it("has German and English texts, mostly different names", () => {
    for (const c of CATEGORIES) {
      expect(filled(c.name) && filled(c.description), c.slug).toBe(true);
    }
    for (const p of PRODUCTS) {
      expect(filled(p.name), p.slug).toBe(true);
      expect(filled(p.description), p.slug).toBe(true);
      expect(p.description.de, p.slug).not.toBe(p.description.en);
      expect(p.brand.trim().length, p.slug).toBeGreaterThan(0);
      for (const [code, value] of Object.entries(p.attributes)) {
        expect(code, p.slug).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(filled(value), `${p.slug}.${code}`).toBe(true);
      }
    }
    const translated = PRODUCTS.filter((p) => p.name.de !== p.name.en).length;
    expect(translated / PRODUCTS.length).toBeGreaterThanOrEqual(0.8);
  });

  it("has new, featured and consumable products", () => {
    expect(PRODUCTS.filter((p) => p.launchedDaysAgo <= 30).length).toBeGreaterThanOrEqual(10);
    expect(PRODUCTS.filter((p) => p.featured).length).toBeGreaterThanOrEqual(8);
    expect(PRODUCTS.some((p) => p.consumable)).toBe(true);
  });

  it("colour codes have names and hex values", () => {
    for (const [code, colour] of Object.entries(COLOURS)) {
      expect(code).toMatch(KEBAB);
      expect(filled(colour), code).toBe(true);
      expect(colour.hex, code).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});
