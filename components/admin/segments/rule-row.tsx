"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { DraftRule } from "@/lib/personalization/segments/admin-draft";
import {
  SEGMENT_ATTRIBUTES,
  SEGMENT_OPERATORS,
  type SegmentAttribute,
} from "@/lib/personalization/segments/attributes";
import { isLocale } from "@/lib/i18n/locale";
import { cn } from "@/lib/ui/cn";

export type RuleCategoryOption = { slug: string; name: string };

const ATTRIBUTES = Object.keys(SEGMENT_ATTRIBUTES) as SegmentAttribute[];

const controlClass = (error: string | undefined) =>
  cn("w-full rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line");

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="text-sm text-sale">
      {error}
    </p>
  ) : null;
}

/**
 * One rule of the builder: attribute, operator and value, generated from the allow-list. With
 * JavaScript the operator and value follow the attribute at once; without, the next submit does.
 * The selects are uncontrolled: React 19 resets a form after its action, and only default values
 * survive that.
 */
export function RuleRow({
  index,
  rule,
  categories,
  errors,
  canRemove,
}: {
  index: number;
  rule: DraftRule;
  categories: readonly RuleCategoryOption[];
  errors: Record<string, string>;
  canRemove: boolean;
}) {
  const t = useTranslations("adminSegments.form");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const known = Object.hasOwn(SEGMENT_ATTRIBUTES, rule.attribute);
  const initialAttribute: SegmentAttribute = known
    ? (rule.attribute as SegmentAttribute)
    : "orders_12m";
  const [attribute, setAttribute] = useState(initialAttribute);
  const definition = SEGMENT_ATTRIBUTES[attribute];
  const operators = definition.operators as readonly string[];
  // The operator the form came with, while the attribute is still the one it came with.
  const operatorDefault =
    attribute === rule.attribute && operators.includes(rule.operator)
      ? rule.operator
      : operators[0];
  const id = (field: string) => `rule-${index}-${field}`;
  const error = (field: string) => errors[`rule.${index}.${field}`];
  const described = (field: string, hint = false) =>
    [hint ? id(`${field}-hint`) : null, error(field) ? id(`${field}-error`) : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const number = (n: number) => t("rule", { number: n });

  return (
    <fieldset className="rounded-2xl border border-line bg-card p-4">
      <legend className="px-1 text-sm font-semibold">{number(index + 1)}</legend>
      <div className="grid gap-3 md:grid-cols-[2fr_1fr_2fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor={id("attribute")} className="text-sm font-medium">
            {t("attribute")}
          </label>
          <select
            id={id("attribute")}
            name={`rule.${index}.attribute`}
            defaultValue={initialAttribute}
            onChange={(event) => setAttribute(event.target.value as SegmentAttribute)}
            aria-invalid={error("attribute") ? true : undefined}
            aria-describedby={described("attribute", true)}
            className={controlClass(error("attribute"))}
          >
            {ATTRIBUTES.map((a) => (
              <option key={a} value={a}>
                {SEGMENT_ATTRIBUTES[a].label[locale]}
              </option>
            ))}
          </select>
          <p id={id("attribute-hint")} className="text-xs text-ink-soft">
            {definition.help[locale]}
          </p>
          <ErrorText id={id("attribute-error")} error={error("attribute")} />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={id("operator")} className="text-sm font-medium">
            {t("operator")}
          </label>
          <select
            id={id("operator")}
            name={`rule.${index}.operator`}
            key={attribute}
            defaultValue={operatorDefault}
            aria-invalid={error("operator") ? true : undefined}
            aria-describedby={described("operator")}
            className={controlClass(error("operator"))}
          >
            {operators.map((o) => (
              <option key={o} value={o}>
                {SEGMENT_OPERATORS[o as keyof typeof SEGMENT_OPERATORS].label[locale]}
              </option>
            ))}
          </select>
          <ErrorText id={id("operator-error")} error={error("operator")} />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={id("value")} className="text-sm font-medium">
            {t("value")}
          </label>
          {definition.valueType === "category_slugs" ? (
            <select
              id={id("value")}
              name={`rule.${index}.categories`}
              multiple
              size={Math.min(6, Math.max(2, categories.length))}
              defaultValue={rule.categories}
              aria-invalid={error("value") ? true : undefined}
              aria-describedby={described("value", true)}
              className={controlClass(error("value"))}
            >
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={id("value")}
              name={`rule.${index}.value`}
              type="text"
              inputMode={definition.valueType === "cents" ? "decimal" : "numeric"}
              autoComplete="off"
              defaultValue={rule.value}
              aria-invalid={error("value") ? true : undefined}
              aria-describedby={described("value", true)}
              className={controlClass(error("value"))}
            />
          )}
          <p id={id("value-hint")} className="text-xs text-ink-soft">
            {definition.unit ? definition.unit[locale] : t("categoriesHint")}
          </p>
          <ErrorText id={id("value-error")} error={error("value")} />
        </div>
      </div>
      {canRemove ? (
        <button
          type="submit"
          name="intent"
          value={`remove-${index}`}
          formNoValidate
          className="mt-3 rounded-full border border-line px-4 py-1.5 text-sm hover:border-ink"
          aria-label={t("removeRuleNamed", { number: index + 1 })}
        >
          {t("removeRule")}
        </button>
      ) : null}
    </fieldset>
  );
}
