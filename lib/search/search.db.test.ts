import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { categories, products } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { foldSearchText } from "./query";
import { searchProductIds, searchProducts, suggestProducts } from "./sql";

let handle: DatabaseHandle;

/** Products the seed lacks: umlauts and ß in names, and a word only one description contains. */
const EXTRA = [
  { slug: "test-strassen-atlas", nameDe: "Atlas Straße und Weg", nameEn: "Road and path atlas" },
  {
    slug: "test-kaese-reibe",
    nameDe: "Käse-Reibe aus Edelstahl",
    nameEn: "Stainless cheese grater",
  },
  { slug: "test-quokka-name", nameDe: "Quokka-Becher", nameEn: "Quokka mug" },
  {
    slug: "test-quokka-description",
    nameDe: "Becher in Blau",
    nameEn: "Blue mug",
    descriptionDe: "Mit einem Quokka bedruckt.",
    descriptionEn: "Printed with a quokka.",
  },
];

beforeAll(async () => {
  handle = await createTestDatabase();
  const [home] = await handle.db
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.slug, "home-kitchen"));
  await handle.db.insert(products).values(
    EXTRA.map((p) => ({
      slug: p.slug,
      categoryId: home!.id,
      brand: "Testwerk",
      nameDe: p.nameDe,
      nameEn: p.nameEn,
      descriptionDe: p.descriptionDe ?? "Ein Artikel für den Test.",
      descriptionEn: p.descriptionEn ?? "An article for the test.",
      vatRate: 1900,
    })),
  );
});
afterAll(async () => {
  await handle?.close();
});

/** Slugs and category slugs of the results, best first. */
async function search(q: string, limit = 10) {
  const { ids, total } = await searchProductIds(handle.db, { q, limit, offset: 0 });
  const rows = ids.length
    ? await handle.db
        .select({ id: products.id, slug: products.slug, category: categories.slug })
        .from(products)
        .innerJoin(categories, eq(categories.id, products.categoryId))
        .where(inArray(products.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { total, results: ids.map((id) => byId.get(id)!) };
}

describe("product search", () => {
  it.each(["kamera", "Kamera", "Kameras", "Kammera", "cameras"])(
    "%s finds the cameras first",
    async (q) => {
      const { results } = await search(q, 5);
      expect(results).toHaveLength(5);
      for (const r of results) expect(r.category).toBe("cameras");
    },
  );

  it("kamera finds a Systemkamera too", async () => {
    const { results } = await search("kamera", 200);
    expect(results.map((r) => r.slug)).toContain("mirako-z6-body");
  });

  it.each(["strasse", "Straße", "STRASSE"])("%s finds the name with Straße", async (q) => {
    const { results } = await search(q);
    expect(results[0]?.slug).toBe("test-strassen-atlas");
  });

  it.each(["kaese", "Käse", "KAESE"])("%s finds the name with Käse", async (q) => {
    const { results } = await search(q);
    expect(results[0]?.slug).toBe("test-kaese-reibe");
  });

  it("ranks a name match before a description-only match", async () => {
    const { results, total } = await search("quokka");
    expect(total).toBe(2);
    expect(results.map((r) => r.slug)).toEqual(["test-quokka-name", "test-quokka-description"]);
  });

  it("finds the products of a category by its name (no sneaker's text says Schuhe)", async () => {
    const { results } = await search("Schuhe", 100);
    expect(results.filter((r) => r.category === "shoes-bags").length).toBeGreaterThan(5);
    expect(results.map((r) => r.slug)).toContain("laufwerk-court-sneaker");
  });

  it("searches in English whatever the interface language, and counts all matches", async () => {
    const { results, total } = await search("headphones", 3);
    expect(results.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(results.length);
    const page2 = await searchProductIds(handle.db, { q: "headphones", limit: 1, offset: 1 });
    expect(page2.total).toBe(total);
    const past = await searchProductIds(handle.db, { q: "headphones", limit: 5, offset: 500 });
    expect(past).toEqual({ ids: [], total });
  });

  it("filters by category and finds nothing for nonsense", async () => {
    const [cameras] = await handle.db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, "cameras"));
    const inCameras = await searchProductIds(handle.db, {
      q: "akku",
      categoryId: cameras!.id,
      limit: 50,
      offset: 0,
    });
    expect(inCameras.total).toBeGreaterThan(0);
    const branded = await searchProducts(handle.db, {
      q: "becher",
      where: eq(products.brand, "Testwerk"),
      limit: 10,
      offset: 0,
    });
    expect(branded.total).toBe(2);
    expect(await search("xyzzyqwv")).toEqual({ total: 0, results: [] });
    expect(await search("!!!")).toEqual({ total: 0, results: [] });
  });

  it("sorts matches by another key when asked", async () => {
    const { ids } = await searchProducts(handle.db, {
      q: "kamera",
      order: { key: sql`${products.slug}`, direction: "asc" },
      limit: 50,
      offset: 0,
    });
    const rows = await handle.db
      .select({ id: products.id, slug: products.slug })
      .from(products)
      .where(inArray(products.id, ids));
    const slugs = ids.map((id) => rows.find((r) => r.id === id)!.slug);
    expect(slugs).toEqual([...slugs].sort());
  });
});

describe("suggestions", () => {
  it("complete the word being typed, in the shopper's language", async () => {
    const de = await suggestProducts(handle.db, "kam", "de");
    expect(de.length).toBeGreaterThan(0);
    expect(de.length).toBeLessThanOrEqual(6);
    expect(de.some((s) => /kamera/i.test(s.name))).toBe(true);
    const en = await suggestProducts(handle.db, "kopfh", "en");
    expect(en.some((s) => /headphones/i.test(s.name))).toBe(true);
  });

  it("forgive a typo once nothing starts that way", async () => {
    const typo = await suggestProducts(handle.db, "kammera", "de");
    expect(typo.some((s) => /kamera/i.test(s.name))).toBe(true);
  });

  it("suggest nothing for nothing", async () => {
    expect(await suggestProducts(handle.db, "", "de")).toEqual([]);
    expect(await suggestProducts(handle.db, "x", "de")).toEqual([]);
  });
});

describe("folding", () => {
  it("is the same in the database (documents) and in TypeScript (queries)", async () => {
    const samples = [
      "Käse",
      "STRASSE",
      "Straße",
      "Übergröße",
      "Crème brûlée",
      "Ka\u0308se",
      "Œuvre",
    ];
    for (const s of samples) {
      const [row] = await handle.db
        .select({ folded: sql<string>`public.vitrine_search_fold(${s})` })
        .from(sql`(select 1) as one`);
      expect(row?.folded).toBe(foldSearchText(s));
    }
  });
});
