import type { Reason } from "@/db/schema";

export type { Reason, ReasonSignal } from "@/db/schema";

/** The customer's choice (P3): none, the current visit only, or the whole history. */
export type PersonalizationLevel = "off" | "session" | "full";

export type LocalizedName = { de: string; en: string };

/** A product as the engine sees it: catalogue facts only, no personal data. */
export type CatalogItem = {
  productId: string;
  categoryId: string;
  brand: string;
  name: LocalizedName;
  categoryName: LocalizedName;
  /** Health, pharmacy, erotic: never used as a signal and never recommended personally (P6). */
  sensitive: boolean;
  /** Bought again and again (coffee, cards): eligible for replenishment. */
  consumable: boolean;
  /** Product ids that go with this one (a lens for a camera). */
  complements: string[];
  /** Active and sellable online. */
  available: boolean;
};

/**
 * What the engine knows about the shop, the same for everyone: the catalogue, how often products
 * were bought together (aggregated over all orders, no customer ids) and the generic ranking.
 */
export type ShopContext = {
  catalog: ReadonlyMap<string, CatalogItem>;
  /** productId -> products bought in the same orders, with the number of such orders. */
  coPurchases: ReadonlyMap<string, readonly { productId: string; orders: number }[]>;
  /** The non-personalized ranking (bestsellers, then new arrivals): the fallback for everyone (P1). */
  generic: readonly string[];
};

export type PurchaseSignal = { productId: string; at: Date; quantity: number };
export type ViewSignal = { productId: string; at: Date };

/**
 * The consented signals of one customer. The loader fills it only when personalization consent is
 * in force and no restriction or objection applies; otherwise the engine gets `null` and no id.
 */
export type PersonalSignals = {
  level: Exclude<PersonalizationLevel, "off">;
  /** Purchase history (full level only; sensitive categories are dropped by the engine too). */
  purchases: readonly PurchaseSignal[];
  /** Consented product views, newest first; with level "session" only those of this visit count. */
  views: readonly ViewSignal[];
  /** Categories the customer said they are interested in. */
  interestCategoryIds: readonly string[];
  /** "Not interested" marks (P3): never recommended. */
  notInterested: { categoryIds: readonly string[]; brands: readonly string[] };
};

/** Where a recommendation is shown, and what is on the page there. */
export type Placement =
  | { surface: "home" }
  | { surface: "product"; productId: string }
  | { surface: "cart"; productIds: readonly string[] }
  | { surface: "account" }
  | { surface: "order-confirmation"; productIds: readonly string[] };

export type Recommendation = {
  productId: string;
  score: number;
  /** Empty for the generic ranking; otherwise the data points that chose it (weights add up to 1). */
  reasons: Reason[];
};

export type RecommendationResult = {
  /** Whether any personal data was used (then "Why am I seeing this?" and the log apply). */
  personalized: boolean;
  items: Recommendation[];
};

/** An offer as the engine sees it (from the offers table, active at `now`). */
export type OfferCandidate = {
  offerId: string;
  name: LocalizedName;
  target: "everyone" | "segment" | "personal";
  segmentId: string | null;
  segmentName: LocalizedName | null;
  /**
   * For `personal` offers: the category it is about; the engine gives it to a customer whose
   * signals point there (e.g. coffee bought regularly). Null: any strong signal.
   */
  focusCategoryId: string | null;
};

export type ChosenOffer = {
  offerId: string;
  /** True when the engine chose it (P4: the price says it was personalized automatically). */
  automated: boolean;
  reasons: Reason[];
};
