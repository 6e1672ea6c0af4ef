"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/form";
import { addToCartAction } from "@/lib/actions/cart";
import { IDLE } from "@/lib/actions/form-state";
import { MAX_PER_LINE } from "@/lib/cart/limits";
import { cn } from "@/lib/ui/cn";

export type VariantOption = { id: string; label: string; price: string; available: number };

/** Works without JavaScript: a plain form posting to the server action, its answer rendered in place. */
export function AddToCartForm({ options }: { options: VariantOption[] }) {
  const t = useTranslations("cart");
  const [state, action] = useActionState(addToCartAction, IDLE);
  const firstAvailable = options.find((o) => o.available > 0);
  const values = state.status === "idle" ? undefined : state.values;
  const variantId = values?.variantId ?? firstAvailable?.id ?? options[0]?.id ?? "";
  const quantity = values?.quantity ?? "1";
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const message = state.status === "ok" || state.status === "error" ? state.message : undefined;
  if (!firstAvailable) {
    return (
      <p className="rounded-xl border border-line bg-card p-3 text-sm text-sale">
        {t("add.notAvailable")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3 rounded-2xl border border-line bg-card p-4">
      <div className="flex flex-wrap items-end gap-3">
        {options.length > 1 ? (
          <div className="flex min-w-48 flex-1 flex-col gap-1">
            <label htmlFor="add-variant" className="text-sm font-medium">
              {t("add.variant")}
            </label>
            <select
              id="add-variant"
              name="variantId"
              defaultValue={variantId}
              key={variantId}
              aria-invalid={errors.variantId ? true : undefined}
              aria-describedby={errors.variantId ? "add-variant-error" : undefined}
              className="rounded-lg border border-line bg-card px-3 py-2"
            >
              {options.map((o) => (
                <option key={o.id} value={o.id} disabled={o.available <= 0}>
                  {t(o.available > 0 ? "add.variantOption" : "add.variantOptionSoldOut", {
                    label: o.label,
                    price: o.price,
                  })}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="variantId" value={variantId} />
        )}
        <div className="flex w-24 flex-col gap-1">
          <label htmlFor="add-quantity" className="text-sm font-medium">
            {t("add.quantity")}
          </label>
          <input
            id="add-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_PER_LINE}
            step={1}
            required
            defaultValue={quantity}
            key={quantity}
            aria-invalid={errors.quantity ? true : undefined}
            aria-describedby={errors.quantity ? "add-quantity-error" : "add-quantity-hint"}
            className={cn(
              "rounded-lg border bg-card px-3 py-2",
              errors.quantity ? "border-sale" : "border-line",
            )}
          />
        </div>
        <SubmitButton pendingLabel={t("add.adding")}>{t("add.button")}</SubmitButton>
      </div>
      <p id="add-quantity-hint" className="text-xs text-ink-soft">
        {t("add.quantityHint", { max: MAX_PER_LINE })}
      </p>
      {errors.variantId ? (
        <p id="add-variant-error" className="text-sm text-sale">
          {errors.variantId}
        </p>
      ) : null}
      {errors.quantity ? (
        <p id="add-quantity-error" className="text-sm text-sale">
          {errors.quantity}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? (
          <p
            className={cn(
              "rounded-lg border bg-paper px-3 py-2 text-sm",
              state.status === "ok" ? "border-moss text-moss" : "border-sale text-sale",
            )}
          >
            {message}{" "}
            <Link href="/cart" className="font-semibold underline underline-offset-2">
              {t("add.viewCart")}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
