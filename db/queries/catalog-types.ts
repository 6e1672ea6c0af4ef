/** Plain values shared by the catalogue queries and the pages (no I/O here). */
export const PRODUCT_SORTS = ["relevance", "newest", "price-asc", "price-desc", "name"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
