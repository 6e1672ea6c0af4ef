import type { SegmentRule } from "@/db/schema";
import {
  MAX_RULES,
  SEGMENT_ATTRIBUTES,
  type SegmentAttribute,
  type SegmentRuleError,
} from "./rules";

/**
 * The rule builder's form as plain data: what the marketer typed, kept as text so that a form
 * sent back with errors shows exactly that. Works without JavaScript: every button submits.
 */
export type DraftRule = {
  attribute: string;
  operator: string;
  /** Numbers as typed (euros for amounts); empty for category rules. */
  value: string;
  categories: string[];
};

export type SegmentDraft = {
  id: string | null;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  status: "active" | "draft";
  rules: DraftRule[];
};

export function blankRule(attribute: SegmentAttribute = "orders_12m"): DraftRule {
  return {
    attribute,
    operator: SEGMENT_ATTRIBUTES[attribute].operators[0],
    value: "",
    categories: [],
  };
}

export function emptyDraft(): SegmentDraft {
  return {
    id: null,
    nameDe: "",
    nameEn: "",
    descriptionDe: "",
    descriptionEn: "",
    status: "active",
    rules: [blankRule()],
  };
}

function isAttribute(value: string): value is SegmentAttribute {
  return Object.hasOwn(SEGMENT_ATTRIBUTES, value);
}

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

/** Reads the form: fields `rule.<n>.attribute|operator|value|categories`, in index order. */
export function draftFromForm(formData: FormData): SegmentDraft {
  const indices = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^rule\.(\d{1,2})\./.exec(key);
    if (match) indices.add(Number(match[1]));
  }
  const rules = [...indices]
    .sort((a, b) => a - b)
    .slice(0, MAX_RULES + 1)
    .map((i): DraftRule => ({
      attribute: text(formData, `rule.${i}.attribute`, 50),
      operator: text(formData, `rule.${i}.operator`, 20),
      value: text(formData, `rule.${i}.value`, 20).trim(),
      categories: formData
        .getAll(`rule.${i}.categories`)
        .filter((v): v is string => typeof v === "string")
        .map((v) => v.slice(0, 100))
        .slice(0, 50),
    }));
  const id = text(formData, "id", 40);
  return {
    id: id || null,
    nameDe: text(formData, "nameDe", 200),
    nameEn: text(formData, "nameEn", 200),
    descriptionDe: text(formData, "descriptionDe", 1000),
    descriptionEn: text(formData, "descriptionEn", 1000),
    status: formData.get("status") === "draft" ? "draft" : "active",
    rules,
  };
}

/** "12", "12,50" or "12.50" (euros) as a number; anything else stays text (then invalidNumber). */
function parseAmount(raw: string, cents: boolean): number | string {
  const normalized = raw.replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return raw;
  if (!cents) return normalized.includes(".") ? raw : Number(normalized);
  const [whole, fraction = ""] = normalized.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** The rules to validate: numbers parsed (amounts to cents), categories as slug lists. */
export function rulesFromDraft(rules: readonly DraftRule[]): SegmentRule[] {
  return rules.map((rule) => {
    if (!isAttribute(rule.attribute))
      return { attribute: rule.attribute, operator: rule.operator, value: rule.value };
    const definition = SEGMENT_ATTRIBUTES[rule.attribute];
    const value =
      definition.valueType === "category_slugs"
        ? rule.categories
        : parseAmount(rule.value, definition.valueType === "cents");
    return { attribute: rule.attribute, operator: rule.operator, value };
  });
}

/** Stored rules back into the form (amounts as euros). */
export function draftRulesFrom(rules: readonly SegmentRule[]): DraftRule[] {
  return rules.map((rule) => {
    const definition = isAttribute(rule.attribute) ? SEGMENT_ATTRIBUTES[rule.attribute] : null;
    if (Array.isArray(rule.value))
      return {
        attribute: rule.attribute,
        operator: rule.operator,
        value: "",
        categories: rule.value,
      };
    const value =
      definition?.valueType === "cents" && typeof rule.value === "number"
        ? (rule.value / 100).toFixed(rule.value % 100 === 0 ? 0 : 2)
        : String(rule.value);
    return { attribute: rule.attribute, operator: rule.operator, value, categories: [] };
  });
}

/** Where an error is shown: on the rule's field, or on the rules as a whole. */
export function errorField(error: SegmentRuleError): string {
  if (error.index === null) return "rules";
  return `rule.${error.index}.${error.field ?? "attribute"}`;
}
