import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { categories, products } from "@/db/schema";
import { parseSearchQuery, toTsqueryInput, type SearchQuery } from "./query";

/**
 * The shop's search in SQL, with the database passed in (db/queries/search.ts gives it the app's).
 *
 * Matching, every condition served by an index (migrations 0003 and 0004):
 * - full text on products.search_names (both names and the brand; GIN) and on both descriptions
 *   (vitrine_search_descriptions; a GIN expression index), folded and stemmed per language, with
 *   the query stemmed as German OR as English: "Kameras" (english stem "kamera") finds "Kamera",
 *   "cameras" finds "camera", "kaese" finds "Käse";
 * - the products of a category whose name matches ("Schuhe" finds the sneakers; B-tree);
 * - only when those find fewer than TYPO_FALLBACK_BELOW products: typo tolerance, trigram word
 *   similarity of every query word to the names' words (products.search_text; GIN gin_trgm_ops):
 *   "Kammera" finds "Kamera", "damen jacke" finds "Damen-Daunenjacke".
 *
 * Ranking: ts_rank on the names (A) and brand (B), plus 0.1 for a matching category: a name match
 * comes first, a category match next, a description-only match last. With typo tolerance, half the
 * mean word similarity (0.5 for the products of a category whose name resembles the query). Only
 * the small names vector is read per match, so that ranking thousands of matches stays within the
 * budget (scripts/bench-search.ts: p95 about 30 ms at 100,000 products on PostgreSQL 15).
 *
 * The description tsvector is not stored (rows stay narrow) but computed by its index; computing
 * it per row would be slow, so no query here lets the planner do that: matches are collected in a
 * CTE without LIMIT (whose full scan the planner knows to be expensive), and typo tolerance matches
 * the few full-text hits by id instead of re-testing their descriptions.
 */

/** Below this many full-text matches (and no matching category), typo tolerance joins in. */
export const TYPO_FALLBACK_BELOW = 5;
/** Trigrams need a few letters to mean anything: shorter words are left out of typo matching. */
const MIN_TRIGRAM_LENGTH = 3;
/**
 * How similar a word must be to a category's name for typo tolerance: a little below the 0.6 of
 * the product names' index, because category names are few and plural ("Kammera" ~ "Kameras").
 */
const SIMILAR_CATEGORY = 0.5;
/** While typing, typos are only guessed at from this many letters on. */
const MIN_SUGGEST_TYPO_LENGTH = 4;
/** Suggestions rank at most this many prefix matches (a two-letter prefix matches thousands). */
const SUGGEST_CANDIDATES = 200;

/** The query as German OR English tsquery (to_tsquery is safe here: see toTsqueryInput). */
function tsquery(input: string): SQL {
  return sql`(to_tsquery('german'::regconfig, ${input}) || to_tsquery('english'::regconfig, ${input}))`;
}

function uuidArray(ids: string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** The query words that typo tolerance compares (three letters or more). */
function trigramTerms(query: SearchQuery): string[] {
  return query.terms.filter((t) => t.length >= MIN_TRIGRAM_LENGTH);
}

/** Every word similar to a word of the names (`%>`: word similarity >= 0.6, GIN-indexed). */
function trigramMatch(terms: string[]): SQL {
  return sql`(${sql.join(
    terms.map((t) => sql`${products.searchText} %> ${t}`),
    sql` and `,
  )})`;
}

function trigramScore(terms: string[]): SQL {
  const sum = sql.join(
    terms.map((t) => sql`word_similarity(${t}, ${products.searchText})`),
    sql` + `,
  );
  return sql`((${sum}) / ${terms.length}::float8)`;
}

/**
 * A parsed query and what the database said about it: the categories whose name it matches (full
 * text) or resembles (trigrams, for typo tolerance). `typos`: typo tolerance is on, and these are
 * the (few) products that full text found.
 */
export type PreparedSearch = {
  query: SearchQuery;
  categoryIds: string[];
  similarCategoryIds: string[];
  typos?: { ids: string[] };
};

/** Parses `q` and looks up the categories it names (one query on a table of a few rows). */
export async function prepareSearch(db: Database, q: string): Promise<PreparedSearch | null> {
  const query = parseSearchQuery(q);
  if (!query) return null;
  const input = toTsqueryInput(query);
  const terms = trigramTerms(query);
  const names = sql`${categories.nameDe} || ' ' || ${categories.nameEn}`;
  const exact =
    input === null ? sql`false` : sql`public.vitrine_search_vector(${names}) @@ ${tsquery(input)}`;
  const similar =
    terms.length === 0
      ? sql`false`
      : sql.join(
          terms.map(
            (t) =>
              sql`word_similarity(${t}, public.vitrine_search_words(${names})) >= ${SIMILAR_CATEGORY}`,
          ),
          sql` and `,
        );
  const rows = await db
    .select({
      id: categories.id,
      exact: sql<boolean>`${exact}`,
      similar: sql<boolean>`${similar}`,
    })
    .from(categories)
    .where(sql`(${exact}) or (${similar})`);
  return {
    query,
    categoryIds: rows.filter((r) => r.exact).map((r) => r.id),
    similarCategoryIds: rows.filter((r) => r.similar).map((r) => r.id),
  };
}

export type SearchSql = {
  /** A WHERE condition on `products`. */
  match: SQL;
  /** The relevance of a matching product: higher is better. */
  score: SQL<number>;
};

/** The match condition and relevance of a prepared query. */
export function searchSql(prepared: PreparedSearch): SearchSql {
  const { query, typos } = prepared;
  const input = toTsqueryInput(query);
  const tsq = input === null ? null : tsquery(input);
  const categoryIds = typos ? prepared.similarCategoryIds : prepared.categoryIds;
  const inCategory =
    categoryIds.length > 0 ? sql`${products.categoryId} = any(${uuidArray(categoryIds)})` : null;
  const terms = typos ? trigramTerms(query) : [];
  const similarity = terms.length > 0 ? sql`0.5 * ${trigramScore(terms)}` : null;

  // Cheap conditions first: a row that matches one is not tested against the costlier ones.
  const conditions = [
    inCategory,
    typos && typos.ids.length > 0 ? sql`${products.id} = any(${uuidArray(typos.ids)})` : null,
    !typos && tsq ? sql`${products.searchNames} @@ ${tsq}` : null,
    !typos && tsq
      ? sql`public.vitrine_search_descriptions(${products.descriptionDe}, ${products.descriptionEn}) @@ ${tsq}`
      : null,
    terms.length > 0 ? trigramMatch(terms) : null,
  ].filter((c) => c !== null);
  const scores = [
    tsq ? sql`ts_rank(${products.searchNames}, ${tsq})` : null,
    inCategory && similarity
      ? // With typos, a category that resembles the query is the strongest hint ("Kammera": the
        // cameras); not computing the similarity for its many products keeps this fallback fast.
        sql`(case when ${inCategory} then 0.5 else ${similarity} end)`
      : inCategory
        ? sql`(case when ${inCategory} then 0.1 else 0 end)`
        : similarity,
  ].filter((c) => c !== null);
  if (conditions.length === 0) return { match: sql`false`, score: sql<number>`0` };
  return {
    match: sql`(${sql.join(conditions, sql` or `)})`,
    score: scores.length > 0 ? sql<number>`(${sql.join(scores, sql` + `)})` : sql<number>`0`,
  };
}

/** Relevance, or another order of the matches (price, name, newest: listProducts). */
export type SearchOrder = "relevance" | { key: SQL; direction: "asc" | "desc" };

export type SearchParams = {
  q: string;
  categoryId?: string;
  /** Further conditions on `products` (brand, price). */
  where?: SQL;
  order?: SearchOrder;
  limit: number;
  offset: number;
};

export type SearchResult = { ids: string[]; total: number };

/**
 * The search of a prepared query as a query builder (`.toSQL()` for EXPLAIN): the ids of one page
 * and, on every row, the number of all matches.
 */
export function buildSearchQuery(
  db: Database,
  prepared: PreparedSearch,
  params: Omit<SearchParams, "q">,
) {
  const { match, score } = searchSql(prepared);
  const order = params.order ?? "relevance";
  // Every match is scored once into narrow rows; the page and the count both read them.
  const matches = db.$with("matches").as(
    db
      .select({
        id: products.id,
        score: sql<number>`${score}`.as("score"),
        sortKey: sql`${order === "relevance" ? sql`null` : order.key}`.as("sort_key"),
        featured: products.featured,
        launchedAt: products.launchedAt,
      })
      .from(products)
      .where(
        and(
          eq(products.status, "active"),
          params.categoryId ? eq(products.categoryId, params.categoryId) : undefined,
          params.where,
          match,
        ),
      ),
  );
  return db
    .with(matches)
    .select({
      id: matches.id,
      total: sql<number>`(select count(*) from ${matches})`.mapWith(Number),
    })
    .from(matches)
    .orderBy(
      ...(order === "relevance"
        ? [desc(matches.score), desc(matches.featured), desc(matches.launchedAt)]
        : [order.direction === "asc" ? asc(matches.sortKey) : desc(matches.sortKey)]),
      asc(matches.id),
    )
    .limit(params.limit)
    .offset(params.offset);
}

async function run(
  db: Database,
  prepared: PreparedSearch,
  params: Omit<SearchParams, "q">,
): Promise<SearchResult> {
  const rows = await buildSearchQuery(db, prepared, params);
  if (rows.length > 0) return { ids: rows.map((r) => r.id), total: rows[0]!.total };
  if (params.offset === 0) return { ids: [], total: 0 };
  // Past the last page no row carries the count: count on the first page.
  const [first] = await buildSearchQuery(db, prepared, { ...params, limit: 1, offset: 0 });
  return { ids: [], total: first?.total ?? 0 };
}

/**
 * The ids of one page of the active products matching `q` (optionally in one category and with
 * further conditions), by relevance or another order, and the number of all matches. Full text
 * first; typo tolerance when that finds fewer than TYPO_FALLBACK_BELOW and no category matches.
 */
export async function searchProducts(db: Database, params: SearchParams): Promise<SearchResult> {
  const prepared = await prepareSearch(db, params.q);
  if (!prepared) return { ids: [], total: 0 };
  const result = await run(db, prepared, params);
  if (
    result.total >= TYPO_FALLBACK_BELOW ||
    prepared.categoryIds.length > 0 ||
    trigramTerms(prepared.query).length === 0
  ) {
    return result;
  }
  const found =
    result.total === result.ids.length
      ? result.ids
      : (await run(db, prepared, { ...params, limit: TYPO_FALLBACK_BELOW, offset: 0 })).ids;
  return run(db, { ...prepared, typos: { ids: found } }, params);
}

/** Ranked ids of the active products matching `q` (optionally in one category), and their number. */
export function searchProductIds(
  db: Database,
  params: { q: string; categoryId?: string; limit: number; offset: number },
): Promise<SearchResult> {
  return searchProducts(db, params);
}

export type Suggestion = { slug: string; name: string; brand: string };

/**
 * The suggestion query as a query builder (`.toSQL()` for EXPLAIN), or null when nothing is left
 * to search for. Prefix full text on names and brand ("kam" finds "Kamera"); at most
 * SUGGEST_CANDIDATES matches are ranked, so that a two-letter prefix costs no more than a word.
 */
export function buildSuggestQuery(db: Database, q: string, locale: "de" | "en", limit = 6) {
  const query = parseSearchQuery(q);
  const input = query ? toTsqueryInput(query, { prefix: true }) : null;
  if (input === null) return null;
  const tsq = tsquery(input);
  const candidates = db
    .select({
      slug: products.slug,
      name: sql<string>`${locale === "de" ? products.nameDe : products.nameEn}`.as("name"),
      brand: products.brand,
      featured: products.featured,
      id: products.id,
      rank: sql<number>`ts_rank(${products.searchNames}, ${tsq})`.as("rank"),
    })
    .from(products)
    .where(and(eq(products.status, "active"), sql`${products.searchNames} @@ ${tsq}`))
    .limit(SUGGEST_CANDIDATES)
    .as("candidates");
  return db
    .select({ slug: candidates.slug, name: candidates.name, brand: candidates.brand })
    .from(candidates)
    .orderBy(desc(candidates.rank), desc(candidates.featured), asc(candidates.id))
    .limit(limit);
}

/**
 * Products for the search box while typing: names and brand, the last word completed as a prefix;
 * when that finds nothing, the search's typo tolerance (from four letters on).
 */
export async function suggestProducts(
  db: Database,
  q: string,
  locale: "de" | "en",
  limit = 6,
): Promise<Suggestion[]> {
  const prefixed = buildSuggestQuery(db, q, locale, limit);
  const rows = prefixed ? await prefixed : [];
  if (rows.length > 0) return rows;
  const query = parseSearchQuery(q);
  const terms = query ? trigramTerms(query) : [];
  if (!query || query.text.length < MIN_SUGGEST_TYPO_LENGTH || terms.length === 0) return [];
  return db
    .select({
      slug: products.slug,
      name: locale === "de" ? products.nameDe : products.nameEn,
      brand: products.brand,
    })
    .from(products)
    .where(and(eq(products.status, "active"), trigramMatch(terms)))
    .orderBy(desc(trigramScore(terms)), desc(products.featured), asc(products.id))
    .limit(limit);
}
