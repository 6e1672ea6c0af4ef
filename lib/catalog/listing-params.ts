import { z } from "zod";
import { PRODUCT_SORTS, type ProductSort } from "@/db/queries/catalog-types";

/** The listing's state lives in the URL so that a listing can be shared; bad values are dropped. */
const euros = z.coerce.number().min(0).max(100000);

export type ListingParams = {
  category?: string;
  q?: string;
  brand?: string;
  min?: number;
  max?: number;
  sort: ProductSort;
  page: number;
  inStock?: boolean;
  size?: string;
  colour?: string;
  /** Attribute filters from `a.<code>=<value>`. */
  attributes?: Record<string, string>;
};

type Raw = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}

export function parseListingParams(raw: Raw): ListingParams {
  const category = first(raw.category);
  const q = first(raw.q)?.slice(0, 100);
  const brand = first(raw.brand)?.slice(0, 100);
  const min = euros.safeParse(first(raw.min));
  const max = euros.safeParse(first(raw.max));
  const sort = z.enum(PRODUCT_SORTS).safeParse(first(raw.sort));
  const page = z.coerce.number().int().min(1).max(10000).safeParse(first(raw.page));
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const code = /^a\.([a-z_]{1,40})$/.exec(key)?.[1];
    const text = first(value)?.slice(0, 100);
    if (code && text && Object.keys(attributes).length < 5) attributes[code] = text;
  }
  const size = first(raw.size)?.slice(0, 10);
  const colour = first(raw.colour);
  return {
    category: category && /^[a-z0-9-]{1,80}$/.test(category) ? category : undefined,
    q,
    brand,
    min: first(raw.min) !== undefined && min.success ? min.data : undefined,
    max: first(raw.max) !== undefined && max.success ? max.data : undefined,
    sort: sort.success ? sort.data : "relevance",
    page: page.success ? page.data : 1,
    inStock: first(raw.instock) === "1" ? true : undefined,
    size,
    colour: colour && /^[a-z]{1,20}$/.test(colour) ? colour : undefined,
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
  };
}

/** The URL of a listing with some parameters changed; defaults are left out. */
export function listingHref(params: ListingParams, change: Partial<ListingParams>): string {
  const next = { ...params, ...change };
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  if (next.category) search.set("category", next.category);
  if (next.brand) search.set("brand", next.brand);
  if (next.min !== undefined) search.set("min", String(next.min));
  if (next.max !== undefined) search.set("max", String(next.max));
  if (next.inStock) search.set("instock", "1");
  if (next.size) search.set("size", next.size);
  if (next.colour) search.set("colour", next.colour);
  for (const [code, value] of Object.entries(next.attributes ?? {})) search.set(`a.${code}`, value);
  if (next.sort !== "relevance") search.set("sort", next.sort);
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `/products?${query}` : "/products";
}
