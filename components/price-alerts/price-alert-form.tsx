"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { cancelPriceAlertAction, createPriceAlertAction } from "@/lib/actions/price-alerts";
import { cn } from "@/lib/ui/cn";

export type AlertVariantOption = { id: string; label: string; price: string };

/**
 * The wish price form (works without JavaScript) and, when there is one, the active alert with
 * "Remove". The amount is typed as people write it: "12,50" as well as "12.50".
 */
export function PriceAlertForm({
  productId,
  options,
  active,
}: {
  productId: string;
  options: AlertVariantOption[];
  active: {
    id: string;
    target: string;
    variantId: string | null;
    variantLabel: string | null;
  } | null;
}) {
  const t = useTranslations("priceAlerts");
  const [state, createAction] = useActionState(createPriceAlertAction, IDLE);
  const [removeState, removeAction] = useActionState(cancelPriceAlertAction, IDLE);
  const id = useId();
  const priceId = `${id}-price`;
  const values = state.status === "idle" ? undefined : state.values;
  const error = state.status === "invalid" ? state.fieldErrors.targetPrice : undefined;
  const targetPrice = values?.targetPrice ?? "";
  const variantId = values?.variantId ?? active?.variantId ?? "";
  return (
    <div className="mt-3 space-y-3">
      {active ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-brass-soft px-3 py-2 text-sm">
          <p>
            {active.variantLabel
              ? t("form.activeVariant", { target: active.target, variant: active.variantLabel })
              : t("form.active", { target: active.target })}
          </p>
          <form action={removeAction}>
            <input type="hidden" name="alertId" value={active.id} />
            <SubmitButton variant="secondary" pendingLabel={t("form.removing")}>
              {t("form.remove")}
            </SubmitButton>
          </form>
        </div>
      ) : null}
      <FormMessage state={removeState} />
      <form action={createAction} aria-label={t("form.label")} className="space-y-3" noValidate>
        <input type="hidden" name="productId" value={productId} />
        {options.length > 1 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-variant`} className="text-sm font-medium">
              {t("form.variant")}
            </label>
            <select
              id={`${id}-variant`}
              name="variantId"
              defaultValue={variantId}
              key={variantId}
              className="rounded-lg border border-line bg-card px-3 py-2"
            >
              <option value="">{t("form.anyVariant")}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {t("form.variantOption", { label: o.label, price: o.price })}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="variantId" value="" />
        )}
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex min-w-48 flex-1 flex-col gap-1">
            <label htmlFor={priceId} className="text-sm font-medium">
              {active ? t("form.newTarget") : t("form.target")}
            </label>
            <div className="flex items-center gap-2">
              <input
                id={priceId}
                name="targetPrice"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                required
                defaultValue={targetPrice}
                key={targetPrice}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${priceId}-error ${priceId}-hint` : `${priceId}-hint`}
                className={cn(
                  "w-full rounded-lg border bg-card px-3 py-2",
                  error ? "border-sale" : "border-line",
                )}
              />
              <span aria-hidden="true">€</span>
            </div>
          </div>
          <SubmitButton pendingLabel={t("form.saving")}>
            {active ? t("form.change") : t("form.submit")}
          </SubmitButton>
        </div>
        <p id={`${priceId}-hint`} className="text-xs text-ink-soft">
          {t("form.hint")}
        </p>
        <div aria-live="polite">
          {error ? (
            <p id={`${priceId}-error`} className="text-sm text-sale">
              {error}
            </p>
          ) : null}
        </div>
        <FormMessage state={state.status === "invalid" ? IDLE : state} />
      </form>
      <p className="text-sm">
        <Link href="/account/alerts" className="underline underline-offset-4 hover:text-ink-soft">
          {t("form.manage")}
        </Link>
      </p>
    </div>
  );
}
