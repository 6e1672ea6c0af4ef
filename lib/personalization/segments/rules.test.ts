import { describe, expect, it } from "vitest";
import {
  canTarget,
  evaluateFacts,
  excludedBecause,
  matchesRules,
  MIN_SEGMENT_SIZE,
  SEGMENT_ATTRIBUTES,
  SEGMENT_OPERATORS,
  segmentRulesSchema,
  segmentSizeLabel,
  validateRules,
  type CustomerFacts,
  type ValidSegmentRule,
} from "./rules";

const CATEGORIES = [
  { slug: "cameras", sensitive: false },
  { slug: "food-drinks", sensitive: false },
  { slug: "books", sensitive: false },
  { slug: "drugstore-health", sensitive: true },
];

function facts(overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    userId: "u1",
    role: "customer",
    confirmedAdult: true,
    personalizationConsent: true,
    personalizationLevel: "full",
    activeLimits: [],
    lastPurchaseDays: 30,
    orders12m: 4,
    spent12mCents: 25_000,
    boughtCategories: ["cameras", "food-drinks"],
    statedInterests: ["books"],
    viewedCategories90d: ["cameras"],
    ...overrides,
  };
}

const rule = (attribute: string, operator: string, value: unknown) =>
  ({ attribute, operator, value }) as ValidSegmentRule;

describe("the allow-list", () => {
  it("has a German and English label, a value type and operators for every attribute", () => {
    expect(Object.keys(SEGMENT_ATTRIBUTES).sort()).toEqual(
      [
        "bought_category",
        "last_purchase_days",
        "orders_12m",
        "spent_12m_cents",
        "stated_interest",
        "viewed_category_90d",
      ].sort(),
    );
    for (const definition of Object.values(SEGMENT_ATTRIBUTES)) {
      expect(definition.label.de).not.toBe("");
      expect(definition.label.en).not.toBe("");
      expect(definition.operators.length).toBeGreaterThan(0);
      for (const op of definition.operators) expect(SEGMENT_OPERATORS[op].label.de).not.toBe("");
    }
  });
});

describe("matchesRules", () => {
  it.each([
    ["last_purchase_days", "lte", 30, true],
    ["last_purchase_days", "lte", 29, false],
    ["last_purchase_days", "gte", 30, true],
    ["last_purchase_days", "gte", 31, false],
    ["orders_12m", "gte", 4, true],
    ["orders_12m", "gte", 5, false],
    ["orders_12m", "lte", 4, true],
    ["orders_12m", "lte", 3, false],
    ["spent_12m_cents", "gte", 25_000, true],
    ["spent_12m_cents", "gte", 25_001, false],
    ["spent_12m_cents", "lte", 25_000, true],
    ["spent_12m_cents", "lte", 24_999, false],
    ["bought_category", "any_of", ["books", "cameras"], true],
    ["bought_category", "any_of", ["books"], false],
    ["stated_interest", "any_of", ["books"], true],
    ["stated_interest", "any_of", ["cameras"], false],
    ["viewed_category_90d", "any_of", ["cameras"], true],
    ["viewed_category_90d", "any_of", ["food-drinks"], false],
  ])("%s %s %j -> %s", (attribute, operator, value, expected) => {
    expect(matchesRules(facts(), [rule(attribute, operator, value)])).toBe(expected);
  });

  it("never matches a recency rule for someone without a purchase", () => {
    const never = facts({ lastPurchaseDays: null });
    expect(matchesRules(never, [rule("last_purchase_days", "gte", 0)])).toBe(false);
    expect(matchesRules(never, [rule("last_purchase_days", "lte", 730)])).toBe(false);
  });

  it("requires every rule to hold", () => {
    const both = [rule("orders_12m", "gte", 3), rule("bought_category", "any_of", ["cameras"])];
    expect(matchesRules(facts(), both)).toBe(true);
    expect(matchesRules(facts({ orders12m: 2 }), both)).toBe(false);
    expect(matchesRules(facts({ boughtCategories: ["books"] }), both)).toBe(false);
  });
});

describe("validateRules", () => {
  const ok = (rules: unknown) => validateRules(rules, CATEGORIES);
  const keys = (rules: unknown) => {
    const result = ok(rules);
    return result.ok ? [] : result.errors.map((e) => `${e.index}:${e.field}:${e.key}`);
  };

  it("accepts every attribute with each of its operators", () => {
    const rules = [
      rule("last_purchase_days", "lte", 60),
      rule("last_purchase_days", "gte", 7),
      rule("orders_12m", "gte", 3),
      rule("orders_12m", "lte", 10),
      rule("spent_12m_cents", "gte", 10_000),
      rule("spent_12m_cents", "lte", 500_000),
      rule("bought_category", "any_of", ["cameras", "books"]),
      rule("stated_interest", "any_of", ["food-drinks"]),
      rule("viewed_category_90d", "any_of", ["cameras"]),
    ];
    expect(ok(rules)).toEqual({ ok: true, rules });
    expect(segmentRulesSchema.safeParse(rules).success).toBe(true);
  });

  it("rejects unknown attributes, also names of object properties", () => {
    expect(keys([rule("age", "gte", 18)])).toEqual(["0:attribute:unknownAttribute"]);
    expect(keys([rule("constructor", "gte", 1)])).toEqual(["0:attribute:unknownAttribute"]);
    expect(keys([{ attribute: 7, operator: "gte", value: 1 }])).toEqual([
      "0:attribute:unknownAttribute",
    ]);
  });

  it("rejects operators the attribute does not have", () => {
    expect(keys([rule("orders_12m", "any_of", 3)])).toEqual(["0:operator:unknownOperator"]);
    expect(keys([rule("bought_category", "gte", ["books"])])).toEqual([
      "0:operator:unknownOperator",
    ]);
    expect(keys([rule("orders_12m", "eq", 3)])).toEqual(["0:operator:unknownOperator"]);
  });

  it("rejects values of the wrong type or range", () => {
    expect(keys([rule("orders_12m", "gte", -1)])).toEqual(["0:value:invalidNumber"]);
    expect(keys([rule("orders_12m", "gte", 2.5)])).toEqual(["0:value:invalidNumber"]);
    expect(keys([rule("orders_12m", "gte", "3")])).toEqual(["0:value:invalidNumber"]);
    expect(keys([rule("last_purchase_days", "gte", 731)])).toEqual(["0:value:invalidNumber"]);
    expect(keys([rule("bought_category", "any_of", [])])).toEqual(["0:value:categoriesRequired"]);
    expect(keys([rule("bought_category", "any_of", "books")])).toEqual([
      "0:value:categoriesRequired",
    ]);
    expect(keys([rule("bought_category", "any_of", ["Bücher"])])).toContain(
      "0:value:invalidCategory",
    );
  });

  it("rejects unknown categories and every rule naming a sensitive category (P6)", () => {
    expect(keys([rule("bought_category", "any_of", ["garden"])])).toEqual([
      "0:value:unknownCategory",
    ]);
    for (const attribute of ["bought_category", "stated_interest", "viewed_category_90d"])
      expect(
        keys([
          rule("orders_12m", "gte", 1),
          rule(attribute, "any_of", ["books", "drugstore-health"]),
        ]),
      ).toEqual(["1:value:sensitiveCategory"]);
  });

  it("rejects extra fields, empty and overlong lists and non-lists", () => {
    expect(keys([{ ...rule("orders_12m", "gte", 1), sql: "drop" }])).toEqual([
      "0:null:ruleInvalid",
    ]);
    expect(keys([])).toEqual(["null:null:rulesRequired"]);
    expect(keys(Array.from({ length: 11 }, () => rule("orders_12m", "gte", 1)))).toEqual([
      "null:null:tooManyRules",
    ]);
    expect(keys("orders_12m >= 1")).toEqual(["null:null:rulesInvalid"]);
    expect(keys([null])).toEqual(["0:null:ruleInvalid"]);
  });
});

describe("excludedBecause (P6, R5)", () => {
  it("lets a consenting adult customer without limits through", () => {
    expect(excludedBecause(facts())).toBeNull();
  });

  it.each<[Partial<CustomerFacts>, string]>([
    [{ role: "marketer" }, "not_customer"],
    [{ role: "admin" }, "not_customer"],
    [{ personalizationConsent: false }, "no_personalization_consent"],
    [{ activeLimits: [{ kind: "objection", purpose: "marketing" }] }, "objection"],
    [{ activeLimits: [{ kind: "objection", purpose: "personalization" }] }, "objection"],
    [{ activeLimits: [{ kind: "restriction", purpose: "personalization" }] }, "restriction"],
    [{ activeLimits: [{ kind: "restriction", purpose: "marketing" }] }, "restriction"],
    [{ confirmedAdult: false }, "not_adult"],
    [{ personalizationLevel: "off" }, "personalization_level"],
    [{ personalizationLevel: "session" }, "personalization_level"],
  ])("%j -> %s", (overrides, reason) => {
    expect(excludedBecause(facts(overrides))).toBe(reason);
  });

  it("ignores limits on purposes segments do not serve", () => {
    expect(
      excludedBecause(facts({ activeLimits: [{ kind: "objection", purpose: "analytics" }] })),
    ).toBeNull();
  });

  it("never matches excluded customers against the rules, and counts them by reason", () => {
    const rules = [rule("orders_12m", "gte", 1)];
    const result = evaluateFacts(
      [
        facts({ userId: "a" }),
        facts({ userId: "b", personalizationConsent: false }),
        facts({ userId: "c", confirmedAdult: false }),
        facts({ userId: "d", orders12m: 0 }),
        facts({ userId: "e", activeLimits: [{ kind: "objection", purpose: "marketing" }] }),
      ],
      rules,
    );
    expect(result.memberIds).toEqual(["a"]);
    expect(result.excluded).toMatchObject({
      no_personalization_consent: 1,
      not_adult: 1,
      objection: 1,
      restriction: 0,
      not_customer: 0,
    });
  });
});

describe("k-anonymity (P6)", () => {
  it.each([
    [0, { kind: "below", min: 50 }],
    [1, { kind: "below", min: 50 }],
    [49, { kind: "below", min: 50 }],
    [50, { kind: "about", value: 50 }],
    [54, { kind: "about", value: 50 }],
    [55, { kind: "about", value: 60 }],
    [64, { kind: "about", value: 60 }],
    [1235, { kind: "about", value: 1240 }],
  ])("size %i is shown as %j", (n, label) => {
    expect(segmentSizeLabel(n)).toEqual(label);
  });

  it("targets only segments of at least 50", () => {
    expect(MIN_SEGMENT_SIZE).toBe(50);
    expect(canTarget(0)).toBe(false);
    expect(canTarget(49)).toBe(false);
    expect(canTarget(50)).toBe(true);
  });
});
