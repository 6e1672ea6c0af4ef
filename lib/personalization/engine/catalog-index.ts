import type { CatalogItem, LocalizedName, ShopContext } from "../types";
import { compareIds } from "./compare";

/** Lookups over the catalogue that are the same for everyone, built once per ShopContext. */
export type CatalogIndex = {
  /** Recommendable products (available, not sensitive) per category: best generic rank first. */
  byCategory: ReadonlyMap<string, readonly string[]>;
  byBrand: ReadonlyMap<string, readonly string[]>;
  /** Categories holding any sensitive product: never a signal, an interest or an offer focus. */
  sensitiveCategories: ReadonlySet<string>;
  categoryNames: ReadonlyMap<string, LocalizedName>;
};

// Keyed by the context object, so a cached ShopContext pays for its index once; building it is one
// pass and one sort over the catalogue (a few ms at 5,000 products), never per customer.
const indexes = new WeakMap<ShopContext, CatalogIndex>();

export function catalogIndex(ctx: ShopContext): CatalogIndex {
  const cached = indexes.get(ctx);
  if (cached) return cached;

  const rank = new Map<string, number>();
  ctx.generic.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const recommendable: CatalogItem[] = [];
  const sensitiveCategories = new Set<string>();
  const categoryNames = new Map<string, LocalizedName>();
  for (const item of ctx.catalog.values()) {
    if (!categoryNames.has(item.categoryId)) categoryNames.set(item.categoryId, item.categoryName);
    if (item.sensitive) sensitiveCategories.add(item.categoryId);
    else if (item.available) recommendable.push(item);
  }
  recommendable.sort(
    (a, b) => rankOf(a.productId) - rankOf(b.productId) || compareIds(a.productId, b.productId),
  );
  const byCategory = new Map<string, string[]>();
  const byBrand = new Map<string, string[]>();
  for (const item of recommendable) {
    push(byCategory, item.categoryId, item.productId);
    push(byBrand, item.brand, item.productId);
  }
  const index: CatalogIndex = { byCategory, byBrand, sensitiveCategories, categoryNames };
  indexes.set(ctx, index);
  return index;
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
