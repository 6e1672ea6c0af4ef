"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { changePriceAction } from "@/lib/actions/admin-catalog";
import { IDLE } from "@/lib/actions/form-state";
import { CatalogField } from "./catalog-field";

/** Per variant: the only way a marketer changes a price; the reference price is computed (P5). */
export function PriceChangeForm({ variantId, sku }: { variantId: string; sku: string }) {
  const t = useTranslations("adminCatalog.price");
  const [state, action] = useActionState(changePriceAction, IDLE);
  return (
    <form action={action} aria-label={t("formLabel", { sku })} className="space-y-3" noValidate>
      <input type="hidden" name="variantId" value={variantId} />
      <div className="flex flex-wrap items-end gap-3">
        <CatalogField
          id={`price-${variantId}`}
          name="price"
          label={t("newPrice")}
          hint={t("hint")}
          inputMode="decimal"
          state={state}
          required
        />
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
