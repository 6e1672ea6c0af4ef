import { describe, expect, it } from "vitest";
import { draftFromForm, draftRulesFrom, errorField, rulesFromDraft } from "./admin-draft";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("the rule builder's form", () => {
  it("reads rules in index order, with several categories", () => {
    const draft = draftFromForm(
      form([
        ["nameDe", "Kaffee"],
        ["nameEn", "Coffee"],
        ["status", "draft"],
        ["rule.1.attribute", "bought_category"],
        ["rule.1.operator", "any_of"],
        ["rule.1.categories", "food-drinks"],
        ["rule.1.categories", "books"],
        ["rule.0.attribute", "spent_12m_cents"],
        ["rule.0.operator", "gte"],
        ["rule.0.value", " 12,50 "],
      ]),
    );
    expect(draft).toMatchObject({ id: null, nameDe: "Kaffee", status: "draft" });
    expect(rulesFromDraft(draft.rules)).toEqual([
      { attribute: "spent_12m_cents", operator: "gte", value: 1250 },
      { attribute: "bought_category", operator: "any_of", value: ["food-drinks", "books"] },
    ]);
  });

  it("parses euros to cents and whole counts; leaves anything else for validation to refuse", () => {
    const rule = (attribute: string, value: string) =>
      rulesFromDraft([{ attribute, operator: "gte", value, categories: [] }])[0]!.value;
    expect(rule("spent_12m_cents", "100")).toBe(10_000);
    expect(rule("spent_12m_cents", "0.5")).toBe(50);
    expect(rule("orders_12m", "3")).toBe(3);
    expect(rule("orders_12m", "2.5")).toBe("2.5");
    expect(rule("orders_12m", "drei")).toBe("drei");
    expect(rule("orders_12m", "-1")).toBe("-1");
    expect(rule("age", "18")).toBe("18");
  });

  it("shows stored rules again, amounts in euros", () => {
    expect(
      draftRulesFrom([
        { attribute: "spent_12m_cents", operator: "gte", value: 10_050 },
        { attribute: "spent_12m_cents", operator: "lte", value: 20_000 },
        { attribute: "stated_interest", operator: "any_of", value: ["books"] },
      ]),
    ).toEqual([
      { attribute: "spent_12m_cents", operator: "gte", value: "100.50", categories: [] },
      { attribute: "spent_12m_cents", operator: "lte", value: "200", categories: [] },
      { attribute: "stated_interest", operator: "any_of", value: "", categories: ["books"] },
    ]);
  });

  it("puts errors on the rule's field or on the rules as a whole", () => {
    expect(errorField({ index: 2, field: "value", key: "sensitiveCategory" })).toBe("rule.2.value");
    expect(errorField({ index: null, field: null, key: "rulesRequired" })).toBe("rules");
  });
});
