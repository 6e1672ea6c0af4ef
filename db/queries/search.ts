import "server-only";
import { getDb } from "@/db/client";
import {
  searchProducts,
  suggestProducts as suggest,
  type SearchResult,
  type Suggestion,
} from "@/lib/search/sql";

export type { SearchResult, Suggestion } from "@/lib/search/sql";

/**
 * The shop's search (lib/search/sql.ts): ranked ids of the active products matching `q`, optionally
 * in one category, and the number of all matches.
 */
export async function searchProductIds(params: {
  q: string;
  categoryId?: string;
  limit: number;
  offset: number;
}): Promise<SearchResult> {
  return searchProducts(await getDb(), params);
}

/** Up to `limit` products for the search box while the shopper types. */
export async function suggestProducts(
  q: string,
  locale: "de" | "en",
  limit = 6,
): Promise<Suggestion[]> {
  return suggest(await getDb(), q, locale, limit);
}
