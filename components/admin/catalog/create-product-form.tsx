"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { createProductAction } from "@/lib/actions/admin-catalog";
import { IDLE } from "@/lib/actions/form-state";
import { cn } from "@/lib/ui/cn";
import { CatalogField } from "./catalog-field";

export function CreateProductForm({
  categories,
}: {
  categories: { value: string; label: string }[];
}) {
  const t = useTranslations("adminCatalog");
  const [state, action] = useActionState(createProductAction, IDLE);
  const categoryError = state.status === "invalid" ? state.fieldErrors.categoryId : undefined;
  const category = state.status === "invalid" ? state.values.categoryId : undefined;
  return (
    <form action={action} aria-labelledby="create-product-title" className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <CatalogField
          id="new-nameDe"
          name="nameDe"
          label={t("product.nameDe")}
          state={state}
          required
        />
        <CatalogField
          id="new-nameEn"
          name="nameEn"
          label={t("product.nameEn")}
          state={state}
          required
        />
        <CatalogField
          id="new-brand"
          name="brand"
          label={t("product.brand")}
          state={state}
          required
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="new-categoryId" className="text-sm font-medium">
            {t("product.category")}
          </label>
          <select
            id="new-categoryId"
            name="categoryId"
            defaultValue={category ?? ""}
            key={category}
            aria-invalid={categoryError ? true : undefined}
            aria-describedby={categoryError ? "new-categoryId-error" : undefined}
            className={cn(
              "rounded-lg border bg-card px-3 py-2",
              categoryError ? "border-sale" : "border-line",
            )}
          >
            <option value="">{t("create.chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {categoryError ? (
            <p id="new-categoryId-error" className="text-sm text-sale">
              {categoryError}
            </p>
          ) : null}
        </div>
        <CatalogField id="new-sku" name="sku" label={t("create.sku")} state={state} required />
        <CatalogField
          id="new-price"
          name="price"
          label={t("create.price")}
          hint={t("price.hint")}
          inputMode="decimal"
          state={state}
          required
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("create.submitting")}>{t("create.submit")}</SubmitButton>
    </form>
  );
}
