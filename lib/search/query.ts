/**
 * The shop's search, the pure part: what a query becomes before it reaches PostgreSQL.
 *
 * Documents are folded in the database by `vitrine_search_fold` (migration 0003); queries are folded
 * here the same way, so "Käse", "Kaese" and "KÄSE" meet "käse" in a product name: umlauts and ß
 * become their two-letter spellings (ä -> ae, ß -> ss), then other accents go, then lower case.
 */

export const MAX_QUERY_LENGTH = 100;
/** The shortest query that gets suggestions while typing. */
export const MIN_SUGGEST_LENGTH = 2;
/** More words than this add nothing to a shop search but cost to evaluate. */
export const MAX_TERMS = 8;
/** The shortest last word that is completed as a prefix while typing (shorter ones are dropped). */
export const MIN_PREFIX_LENGTH = 2;

/**
 * German stop words that contain an umlaut or ß: once folded ("für" -> "fuer") PostgreSQL's german
 * stop word list no longer recognizes them, so they are dropped here (the others it drops itself).
 */
const FOLDED_STOP_WORDS = new Set([
  "dass",
  "fuer",
  "koennen",
  "koennte",
  "ueber",
  "waehrend",
  "wuerde",
  "wuerden",
]);

/** Letters that unaccent rewrites but Unicode decomposition does not. */
const SPECIAL_LETTERS: Record<string, string> = {
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Mirrors vitrine_search_fold (migration 0003) for query text. */
export function foldSearchText(input: string): string {
  return input
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[æœøłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize("NFC");
}

export type SearchQuery = {
  /** The folded words, joined by single spaces. */
  text: string;
  /** The folded words (letters and digits only), in order, without duplicates and stop words. */
  terms: string[];
};

/**
 * Normalizes what a shopper typed: trimmed, at most 100 characters, folded, split into words of
 * letters and digits. Null when nothing searchable is left ("", "!!!", "für").
 */
export function parseSearchQuery(raw: string | null | undefined): SearchQuery | null {
  if (!raw) return null;
  const folded = foldSearchText(raw.trim().slice(0, MAX_QUERY_LENGTH));
  const terms: string[] = [];
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word === "" || FOLDED_STOP_WORDS.has(word) || terms.includes(word)) continue;
    terms.push(word);
    if (terms.length === MAX_TERMS) break;
  }
  if (terms.length === 0) return null;
  return { text: terms.join(" "), terms };
}

export type TsqueryOptions = {
  /** Complete the last word as a prefix ("kam" finds "kamera"): search as you type. */
  prefix?: boolean;
};

/**
 * The input for `to_tsquery(config, input)`: the terms joined by `&`, the last one optionally a
 * prefix. Safe to pass to to_tsquery because every term consists of letters and digits only, so
 * no tsquery operator can appear in it. The database stems it once per language (german and
 * english) and ORs the two queries (lib/search/sql.ts). Null when nothing is left to search for.
 */
export function toTsqueryInput(query: SearchQuery, options: TsqueryOptions = {}): string | null {
  let terms = query.terms.filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  const last = terms.at(-1);
  if (options.prefix && last !== undefined && last.length < MIN_PREFIX_LENGTH) {
    // A single letter still being typed would expand to thousands of words: wait for the next one.
    terms = terms.slice(0, -1);
  }
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => (options.prefix && i === terms.length - 1 ? `${term}:*` : term))
    .join(" & ");
}
