import type { SegmentRule } from "@/db/schema";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import {
  SEGMENT_ATTRIBUTES,
  SEGMENT_OPERATORS,
  type SegmentAttribute,
  type SegmentOperator,
  type SegmentSizeLabel,
} from "@/lib/personalization/segments/rules";

/** One stored rule in words, e.g. "Orders in 12 months at least 3 orders". */
export function ruleInWords(
  rule: SegmentRule,
  locale: AppLocale,
  categoryNames: ReadonlyMap<string, string>,
): string {
  const definition = Object.hasOwn(SEGMENT_ATTRIBUTES, rule.attribute)
    ? SEGMENT_ATTRIBUTES[rule.attribute as SegmentAttribute]
    : null;
  const operator = Object.hasOwn(SEGMENT_OPERATORS, rule.operator)
    ? SEGMENT_OPERATORS[rule.operator as SegmentOperator].label[locale]
    : rule.operator;
  const label = definition?.label[locale] ?? rule.attribute;
  let value: string;
  if (Array.isArray(rule.value))
    value = rule.value.map((slug) => categoryNames.get(slug) ?? slug).join(", ");
  else if (definition?.valueType === "cents" && typeof rule.value === "number")
    value = formatMoney(rule.value, locale);
  else value = definition?.unit ? `${rule.value} ${definition.unit[locale]}` : String(rule.value);
  return `${label} ${operator} ${value}`;
}

/** The only way a size is put into words (P6): "about N" (N in tens) or "fewer than 50". */
export function sizeInWords(
  label: SegmentSizeLabel,
  t: (key: string, values?: Record<string, number>) => string,
  withTargeting = false,
): string {
  if (label.kind === "about") return t("sizeAbout", { count: label.value });
  return t(withTargeting ? "sizeBelowCannotTarget" : "sizeBelow", { min: label.min });
}
