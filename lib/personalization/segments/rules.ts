import { z } from "zod";
import type { Purpose, Role } from "@/db/schema";
import type { LocalizedName, PersonalizationLevel } from "../types";
import {
  SEGMENT_ATTRIBUTES,
  type AttributeDefinition,
  type SegmentAttribute,
  type ValidSegmentRule,
} from "./attributes";

export {
  PURCHASE_WINDOW_DAYS,
  SEGMENT_ATTRIBUTES,
  SEGMENT_OPERATORS,
  VIEW_WINDOW_DAYS,
  type CategoryAttribute,
  type NumericAttribute,
  type SegmentAttribute,
  type SegmentOperator,
  type ValidSegmentRule,
} from "./attributes";

export const MAX_RULES = 10;
export const MAX_CATEGORIES_PER_RULE = 20;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Error keys (namespace `segmentRules`) that validation answers with. */
export type SegmentRuleErrorKey =
  | "rulesInvalid"
  | "rulesRequired"
  | "tooManyRules"
  | "ruleInvalid"
  | "unknownAttribute"
  | "unknownOperator"
  | "invalidNumber"
  | "categoriesRequired"
  | "tooManyCategories"
  | "invalidCategory"
  | "unknownCategory"
  | "sensitiveCategory";

function definitionOf(attribute: unknown): AttributeDefinition | null {
  if (typeof attribute !== "string") return null;
  return Object.hasOwn(SEGMENT_ATTRIBUTES, attribute)
    ? SEGMENT_ATTRIBUTES[attribute as SegmentAttribute]
    : null;
}

export const segmentRuleSchema = z
  .strictObject(
    {
      attribute: z.string({ error: "unknownAttribute" }),
      operator: z.string({ error: "unknownOperator" }),
      value: z.union([z.number(), z.string(), z.array(z.string())], { error: "ruleInvalid" }),
    },
    { error: "ruleInvalid" },
  )
  .superRefine((rule, ctx) => {
    const issue = (path: string, message: SegmentRuleErrorKey) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    const definition = definitionOf(rule.attribute);
    if (!definition) return issue("attribute", "unknownAttribute");
    if (!(definition.operators as readonly string[]).includes(rule.operator))
      issue("operator", "unknownOperator");
    if (definition.valueType !== "category_slugs") {
      const v = rule.value;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > definition.max)
        issue("value", "invalidNumber");
      return;
    }
    if (!Array.isArray(rule.value) || rule.value.length === 0)
      return issue("value", "categoriesRequired");
    if (rule.value.length > MAX_CATEGORIES_PER_RULE) issue("value", "tooManyCategories");
    if (rule.value.some((slug) => !SLUG.test(slug))) issue("value", "invalidCategory");
  })
  .transform((rule) => rule as ValidSegmentRule);

/** All rules of a segment must hold (AND). */
export const segmentRulesSchema = z
  .array(segmentRuleSchema, { error: "rulesInvalid" })
  .min(1, "rulesRequired")
  .max(MAX_RULES, "tooManyRules");

export type CategoryRef = { slug: string; sensitive: boolean };

/**
 * The rules schema for the current catalogue: every slug must name a category, and never a
 * sensitive one (GDPR Art. 9, CJEU C-21/23: such purchases are no basis for segments at all).
 */
export function segmentRulesSchemaFor(categories: readonly CategoryRef[]) {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  return segmentRulesSchema.superRefine((rules, ctx) => {
    // Zod runs this check even when single rules failed; only well-formed slug lists are looked up.
    rules.forEach((rule, index) => {
      if (!definitionOf(rule?.attribute) || !Array.isArray(rule.value)) return;
      const known = rule.value.map((slug) => bySlug.get(String(slug)));
      if (known.some((c) => c === undefined))
        ctx.addIssue({ code: "custom", path: [index, "value"], message: "unknownCategory" });
      else if (known.some((c) => c!.sensitive))
        ctx.addIssue({ code: "custom", path: [index, "value"], message: "sensitiveCategory" });
    });
  });
}

export type SegmentRuleError = {
  /** The rule the error is about; null for the list as a whole. */
  index: number | null;
  field: "attribute" | "operator" | "value" | null;
  key: SegmentRuleErrorKey;
};

const ERROR_KEYS = new Set<string>([
  "rulesInvalid",
  "rulesRequired",
  "tooManyRules",
  "ruleInvalid",
  "unknownAttribute",
  "unknownOperator",
  "invalidNumber",
  "categoriesRequired",
  "tooManyCategories",
  "invalidCategory",
  "unknownCategory",
  "sensitiveCategory",
]);

/** Checks rules against the allow-list and the catalogue; errors carry `segmentRules` keys. */
export function validateRules(
  rules: unknown,
  categories: readonly CategoryRef[],
): { ok: true; rules: ValidSegmentRule[] } | { ok: false; errors: SegmentRuleError[] } {
  if (!Array.isArray(rules))
    return { ok: false, errors: [{ index: null, field: null, key: "rulesInvalid" }] };
  const parsed = segmentRulesSchemaFor(categories).safeParse(rules);
  if (parsed.success) return { ok: true, rules: parsed.data };
  const errors = parsed.error.issues.map((issue): SegmentRuleError => {
    const [index, field] = issue.path;
    return {
      index: typeof index === "number" ? index : null,
      field: field === "attribute" || field === "operator" || field === "value" ? field : null,
      key: (ERROR_KEYS.has(issue.message) ? issue.message : "ruleInvalid") as SegmentRuleErrorKey,
    };
  });
  return { ok: false, errors };
}

/**
 * What segments may know about a customer. Sensitive categories never appear (the loader leaves
 * them out), nor do categories the customer marked "not interested" (P3). The behavioural part is
 * loaded only for customers who pass `excludedBecause`, so that nobody else's data is processed.
 */
export type CustomerFacts = {
  userId: string;
  role: Role;
  confirmedAdult: boolean;
  /** The personalization flag of the customer's latest consent decision. */
  personalizationConsent: boolean;
  /** The chosen level; no choice yet counts as full, as in the engine. */
  personalizationLevel: PersonalizationLevel;
  /** Restrictions (Art. 18) and objections (Art. 21) not lifted. */
  activeLimits: readonly { kind: "restriction" | "objection"; purpose: Purpose }[];
  /** Whole days since the last purchase in the window, null without one. */
  lastPurchaseDays: number | null;
  orders12m: number;
  spent12mCents: number;
  boughtCategories: readonly string[];
  statedInterests: readonly string[];
  viewedCategories90d: readonly string[];
};

function compare(actual: number | null, operator: "gte" | "lte", value: number): boolean {
  if (actual === null) return false;
  return operator === "gte" ? actual >= value : actual <= value;
}

function matchesRule(facts: CustomerFacts, rule: ValidSegmentRule): boolean {
  switch (rule.attribute) {
    case "last_purchase_days":
      return compare(facts.lastPurchaseDays, rule.operator, rule.value);
    case "orders_12m":
      return compare(facts.orders12m, rule.operator, rule.value);
    case "spent_12m_cents":
      return compare(facts.spent12mCents, rule.operator, rule.value);
    case "bought_category":
      return rule.value.some((slug) => facts.boughtCategories.includes(slug));
    case "stated_interest":
      return rule.value.some((slug) => facts.statedInterests.includes(slug));
    case "viewed_category_90d":
      return rule.value.some((slug) => facts.viewedCategories90d.includes(slug));
  }
}

export function matchesRules(facts: CustomerFacts, rules: readonly ValidSegmentRule[]): boolean {
  return rules.every((rule) => matchesRule(facts, rule));
}

/** Why a customer is never part of any segment (P6, R5, P3), in the order they are checked. */
export const EXCLUSION_REASONS = {
  not_customer: { de: "Kein Kundenkonto", en: "Not a customer account" },
  no_personalization_consent: {
    de: "Keine Einwilligung zur Personalisierung",
    en: "No personalization consent",
  },
  objection: { de: "Widerspruch eingelegt", en: "Objected" },
  restriction: { de: "Verarbeitung eingeschränkt", en: "Processing restricted" },
  not_adult: { de: "Volljährigkeit nicht bestätigt", en: "Not confirmed to be an adult" },
  personalization_level: {
    de: "Personalisierung aus oder nur für den Besuch gewählt",
    en: "Personalization off or for this visit only",
  },
} as const satisfies Record<string, LocalizedName>;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/** Limits that bar segments: profiling serves personalization and marketing (Art. 21(2) is absolute). */
const LIMITED_PURPOSES: readonly Purpose[] = ["personalization", "marketing"];

export function excludedBecause(facts: CustomerFacts): ExclusionReason | null {
  if (facts.role !== "customer") return "not_customer";
  if (!facts.personalizationConsent) return "no_personalization_consent";
  const limits = facts.activeLimits.filter((l) => LIMITED_PURPOSES.includes(l.purpose));
  if (limits.some((l) => l.kind === "objection")) return "objection";
  if (limits.some((l) => l.kind === "restriction")) return "restriction";
  if (!facts.confirmedAdult) return "not_adult";
  // Segments read the purchase history, which "off" and "this visit only" rule out (P3).
  if (facts.personalizationLevel !== "full") return "personalization_level";
  return null;
}

export type SegmentEvaluation = {
  /** Customers who pass the exclusions and meet every rule (targetable only from 50 on). */
  memberIds: string[];
  /** Customers per exclusion reason; their data is never matched against the rules. */
  excluded: Record<ExclusionReason, number>;
};

export function emptyExclusionCounts(): Record<ExclusionReason, number> {
  return Object.fromEntries(Object.keys(EXCLUSION_REASONS).map((r) => [r, 0])) as Record<
    ExclusionReason,
    number
  >;
}

export function evaluateFacts(
  facts: readonly CustomerFacts[],
  rules: readonly ValidSegmentRule[],
): SegmentEvaluation {
  const excluded = emptyExclusionCounts();
  const memberIds: string[] = [];
  for (const f of facts) {
    const reason = excludedBecause(f);
    if (reason) excluded[reason]++;
    else if (matchesRules(f, rules)) memberIds.push(f.userId);
  }
  return { memberIds, excluded };
}

/** k-anonymity (P6): no segment below this size is targeted or reported. */
export const MIN_SEGMENT_SIZE = 50;

export type SegmentSizeLabel =
  { kind: "below"; min: typeof MIN_SEGMENT_SIZE } | { kind: "about"; value: number };

/** The only form in which a size may be shown: "fewer than 50" or rounded to tens (half up). */
export function segmentSizeLabel(n: number): SegmentSizeLabel {
  if (n < MIN_SEGMENT_SIZE) return { kind: "below", min: MIN_SEGMENT_SIZE };
  return { kind: "about", value: Math.floor((n + 5) / 10) * 10 };
}

export function canTarget(n: number): boolean {
  return n >= MIN_SEGMENT_SIZE;
}
