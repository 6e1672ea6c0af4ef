"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { setStockAction } from "@/lib/actions/admin-catalog";
import { IDLE } from "@/lib/actions/form-state";
import { CatalogField } from "./catalog-field";

/** One store's quantity of one variant (audit-logged on the server). */
export function StockForm({
  variantId,
  storeId,
  sku,
  storeName,
  quantity,
}: {
  variantId: string;
  storeId: string;
  sku: string;
  storeName: string;
  quantity: number;
}) {
  const t = useTranslations("adminCatalog.stock");
  const [state, action] = useActionState(setStockAction, IDLE);
  return (
    <form
      action={action}
      aria-label={t("submitFor", { sku, store: storeName })}
      className="flex flex-col gap-2"
      noValidate
    >
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="storeId" value={storeId} />
      <div className="flex items-end gap-2">
        <CatalogField
          id={`stock-${variantId}-${storeId}`}
          name="quantity"
          type="number"
          inputMode="numeric"
          label={t("quantityFor", { sku, store: storeName })}
          labelClassName="sr-only"
          defaultValue={String(quantity)}
          state={state}
        />
        <SubmitButton variant="secondary" pendingLabel={t("submitting")}>
          <span aria-hidden="true">{t("submit")}</span>
          <span className="sr-only">{t("submitFor", { sku, store: storeName })}</span>
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
