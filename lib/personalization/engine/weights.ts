/**
 * Every number the engine decides with, in one place. A method adds `weight × strength` to a
 * candidate's score, where strength is between 0 and 1 (how fresh, how often, how strong the
 * data point is); the reasons shown to the customer are the shares of that sum.
 */
export const METHOD_WEIGHTS = {
  /** A consumable bought regularly whose usual interval has (nearly) passed: the likeliest next buy. */
  replenishment: 1.5,
  /** Chosen by the shop as going with a product (a lens for the camera): a concrete fit. */
  complement: 1.2,
  /** Bought in the same orders by other customers: strong, but statistical, so below complements. */
  coPurchase: 1.0,
  /** Looked at lately and not bought: an open intent that fades within days. */
  recentlyViewed: 0.8,
  /** Said by the customer: explicit, but about a whole category. */
  statedInterest: 0.7,
  /** Where purchases and views cluster: broad, so it reorders rather than decides. */
  categoryAffinity: 0.6,
  /** Brand loyalty matters less than the kind of product in a general shop. */
  brandAffinity: 0.4,
} as const;

/**
 * What goes with the product or cart in front of the customer counts twice as much as the same
 * link from their history: on a product or cart page the page is the question being answered.
 */
export const PAGE_CONTEXT_FACTOR = 2;

/** Category and brand affinity lose half their weight every 90 days (a season of interest). */
export const AFFINITY_HALF_LIFE_DAYS = 90;
/** One unit bought says more than one look: a purchase counts per unit, a view a third of it. */
export const PURCHASE_UNIT_WEIGHT = 1.0;
export const VIEW_WEIGHT = 0.3;
/** Affinity strength is a / (a + 1): one fresh purchase gives 0.5, three give 0.75. */
export const AFFINITY_SATURATION = 1;
/** Below this strength (about one view half a year ago) an affinity is noise, not interest. */
export const AFFINITY_MIN_STRENGTH = 0.1;
/** How many of the strongest categories and brands bring in products of their own. */
export const AFFINITY_TOP_CATEGORIES = 3;
export const AFFINITY_TOP_BRANDS = 3;
/** Products taken from each such category or brand (best generic rank first). */
export const PRODUCTS_PER_AFFINITY = 10;

/** Co-purchase strength is n / (n + 3): three shared orders give 0.5, twelve give 0.8. */
export const CO_PURCHASE_SATURATION = 3;
/**
 * Pairs seen in fewer orders are noise, and a count of one or two could point at one other
 * customer's basket, so they are never used.
 */
export const MIN_CO_PURCHASE_ORDERS = 3;

/**
 * Only the strongest pairs of each product count: further down the list the link is weak, and
 * the bound keeps the work per request small (well under 1 ms at 5,000 products).
 */
export const CO_PURCHASES_PER_ANCHOR = 5;
/**
 * The 20 most recently bought products lead to what goes with them; older ones have decayed to
 * little and would only add work.
 */
export const MAX_PURCHASE_ANCHORS = 20;

/** Recently viewed fades fast (a week halves it) and stops after 30 days. */
export const RECENT_VIEW_HALF_LIFE_DAYS = 7;
export const RECENT_VIEW_WINDOW_DAYS = 30;

/** A visit ends after 30 minutes without a view (the usual web-analytics session rule). */
export const VISIT_GAP_MINUTES = 30;

/** A consumable bought at least twice is due when 80 % of its median interval has passed ... */
export const REPLENISHMENT_MIN_PURCHASES = 2;
export const REPLENISHMENT_DUE_SHARE = 0.8;
/** ... and no longer due after three intervals: by then the customer has found another source. */
export const REPLENISHMENT_STALE_FACTOR = 3;
/** Two purchases within a day are one stock-up, not an interval. */
export const REPLENISHMENT_MIN_INTERVAL_DAYS = 1;

/** At most three reasons per item: more do not help a person understand a decision. */
export const MAX_REASONS = 3;
/** A data point that moved less than 5 % of an item's score does not explain it; it is dropped. */
export const MIN_REASON_SHARE = 0.05;

/** How far down the generic ranking the engine looks for products that affinities lift. */
export const GENERIC_CANDIDATES = 50;

/**
 * A personal offer needs a raw category affinity of 1.5: about two purchases in the last three
 * months, or one purchase and a handful of views. One glance is no reason for a discount.
 */
export const OFFER_AFFINITY_THRESHOLD = 1.5;
