import type { LocalizedName } from "../types";

/**
 * Segment rules (P6): an allow-list of attributes, each with its operators and value type. The
 * marketers' rule builder is generated from this one table; rules.ts checks rules against it.
 */
export const SEGMENT_OPERATORS = {
  gte: { label: { de: "mindestens", en: "at least" } },
  lte: { label: { de: "höchstens", en: "at most" } },
  any_of: { label: { de: "eine von", en: "any of" } },
} as const satisfies Record<string, { label: LocalizedName }>;
export type SegmentOperator = keyof typeof SEGMENT_OPERATORS;

export type AttributeDefinition = NumericDefinition | CategoryDefinition;

type NumericDefinition = {
  /** days and counts are whole numbers; cents are shown as euros and stored as cents. */
  valueType: "days" | "count" | "cents";
  operators: readonly ("gte" | "lte")[];
  max: number;
  label: LocalizedName;
  unit: LocalizedName;
  help: LocalizedName;
};
type CategoryDefinition = {
  /** Category slugs; sensitive categories are never allowed (validateRules). */
  valueType: "category_slugs";
  operators: readonly "any_of"[];
  label: LocalizedName;
  unit: null;
  help: LocalizedName;
};

/** How far back purchases count for segments: two years, like the engine's purchase signals. */
export const PURCHASE_WINDOW_DAYS = 730;
/** Consented views count for 90 days. */
export const VIEW_WINDOW_DAYS = 90;

export const SEGMENT_ATTRIBUTES = {
  last_purchase_days: {
    valueType: "days",
    operators: ["lte", "gte"],
    max: PURCHASE_WINDOW_DAYS,
    label: { de: "Tage seit dem letzten Kauf", en: "Days since the last purchase" },
    unit: { de: "Tage", en: "days" },
    help: {
      de: "Nur Käufe der letzten zwei Jahre; wer so lange nichts gekauft hat, erfüllt die Regel nicht.",
      en: "Purchases of the last two years only; nobody without one meets the rule.",
    },
  },
  orders_12m: {
    valueType: "count",
    operators: ["gte", "lte"],
    max: 1000,
    label: { de: "Bestellungen in 12 Monaten", en: "Orders in 12 months" },
    unit: { de: "Bestellungen", en: "orders" },
    help: {
      de: "Nicht stornierte Bestellungen der letzten 365 Tage.",
      en: "Orders of the last 365 days that were not cancelled.",
    },
  },
  spent_12m_cents: {
    valueType: "cents",
    operators: ["gte", "lte"],
    max: 100_000_000,
    label: { de: "Umsatz in 12 Monaten", en: "Spent in 12 months" },
    unit: { de: "€", en: "€" },
    help: {
      de: "Warenwert inkl. MwSt. der letzten 365 Tage, ohne stornierte Bestellungen.",
      en: "Goods value incl. VAT of the last 365 days, cancelled orders left out.",
    },
  },
  bought_category: {
    valueType: "category_slugs",
    operators: ["any_of"],
    label: { de: "Gekauft in Kategorie", en: "Bought in category" },
    unit: null,
    help: {
      de: "Mindestens ein Kauf in einer der Kategorien in den letzten zwei Jahren.",
      en: "At least one purchase in one of the categories in the last two years.",
    },
  },
  stated_interest: {
    valueType: "category_slugs",
    operators: ["any_of"],
    label: { de: "Angegebenes Interesse", en: "Stated interest" },
    unit: null,
    help: {
      de: "Kategorien, für die sich die Person selbst interessiert hat.",
      en: "Categories the person said they are interested in.",
    },
  },
  viewed_category_90d: {
    valueType: "category_slugs",
    operators: ["any_of"],
    label: { de: "Angesehen in 90 Tagen", en: "Viewed in 90 days" },
    unit: null,
    help: {
      de: "Mit Einwilligung zur Personalisierung erfasste Aufrufe der letzten 90 Tage.",
      en: "Views of the last 90 days recorded with personalization consent.",
    },
  },
} as const satisfies Record<string, AttributeDefinition>;

export type SegmentAttribute = keyof typeof SEGMENT_ATTRIBUTES;
export type NumericAttribute = {
  [A in SegmentAttribute]: (typeof SEGMENT_ATTRIBUTES)[A]["valueType"] extends "category_slugs"
    ? never
    : A;
}[SegmentAttribute];
export type CategoryAttribute = Exclude<SegmentAttribute, NumericAttribute>;

/** A rule that passed the schema: stored as `SegmentRule` in `segments.rules`. */
export type ValidSegmentRule =
  | { attribute: NumericAttribute; operator: "gte" | "lte"; value: number }
  | { attribute: CategoryAttribute; operator: "any_of"; value: string[] };
