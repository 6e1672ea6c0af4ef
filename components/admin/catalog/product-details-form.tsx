"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { updateProductAction } from "@/lib/actions/admin-catalog";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/ui/cn";
import { CatalogField } from "./catalog-field";

export type ProductDetailsValues = {
  productId: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  brand: string;
  categoryId: string;
  status: "draft" | "active" | "archived";
  featured: boolean;
};

type Option = { value: string; label: string };

function pick(state: FormState, name: string, fallback: string): string {
  return state.status === "invalid" ? (state.values[name] ?? fallback) : fallback;
}

function TextArea({
  id,
  name,
  label,
  state,
  value,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  value: string;
}) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={pick(state, name, value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn("rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line")}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Select({
  id,
  name,
  label,
  state,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  value: string;
  options: Option[];
}) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={pick(state, name, value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn("rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line")}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Names, descriptions (de/en), brand, category, status and featured flag of one product. */
export function ProductDetailsForm({
  product,
  categories,
}: {
  product: ProductDetailsValues;
  categories: Option[];
}) {
  const t = useTranslations("adminCatalog");
  const [state, action] = useActionState(updateProductAction, IDLE);
  const field = (name: keyof ProductDetailsValues, label: string) => (
    <CatalogField
      id={`product-${name}`}
      name={name}
      label={label}
      state={state}
      defaultValue={String(product[name])}
      required
    />
  );
  const featured = state.status === "invalid" ? state.values.featured === "on" : product.featured;
  return (
    <form action={action} aria-labelledby="product-details-title" className="space-y-4" noValidate>
      <input type="hidden" name="productId" value={product.productId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {field("nameDe", t("product.nameDe"))}
        {field("nameEn", t("product.nameEn"))}
        <TextArea
          id="product-descriptionDe"
          name="descriptionDe"
          label={t("product.descriptionDe")}
          state={state}
          value={product.descriptionDe}
        />
        <TextArea
          id="product-descriptionEn"
          name="descriptionEn"
          label={t("product.descriptionEn")}
          state={state}
          value={product.descriptionEn}
        />
        {field("brand", t("product.brand"))}
        <Select
          id="product-categoryId"
          name="categoryId"
          label={t("product.category")}
          state={state}
          value={product.categoryId}
          options={categories}
        />
        <Select
          id="product-status"
          name="status"
          label={t("product.status")}
          state={state}
          value={product.status}
          options={(["draft", "active", "archived"] as const).map((s) => ({
            value: s,
            label: t(`status.${s}`),
          }))}
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id="product-featured"
          name="featured"
          type="checkbox"
          defaultChecked={featured}
          key={String(featured)}
          className="h-4 w-4"
        />
        <label htmlFor="product-featured" className="text-sm">
          {t("product.featured")}
        </label>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("product.saving")}>{t("product.save")}</SubmitButton>
    </form>
  );
}
