"use client";

import Link from "next/link";
import { useActionState, useId, useState } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { reserveInStoreAction } from "@/lib/actions/reservations";
import { cn } from "@/lib/ui/cn";

export type ReserveStoreOption = { id: string; name: string; address: string };
export type ReserveVariantOption = { id: string; label: string; stores: ReserveStoreOption[] };

const selectClass = (error: string | undefined) =>
  cn("w-full min-w-0 rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line");

/**
 * Variant first, then one of the stores that hold it. A "Reserve here" link from the nearby
 * answer arrives with ?reserveStore=<id>: that store is preselected with a variant it holds.
 */
export function ReserveForm({ variants }: { variants: ReserveVariantOption[] }) {
  const wanted = useSearchParams().get("reserveStore");
  // A new "Reserve here" on the same page starts the choice afresh with that store.
  return <ReserveChoice key={wanted ?? ""} variants={variants} wanted={wanted} />;
}

function ReserveChoice({
  variants,
  wanted,
}: {
  variants: ReserveVariantOption[];
  wanted: string | null;
}) {
  const t = useTranslations("reservations");
  const [state, dispatch] = useActionState(reserveInStoreAction, IDLE);
  const initialVariant =
    (wanted && variants.find((v) => v.stores.some((s) => s.id === wanted))) ||
    variants.find((v) => v.stores.length > 0) ||
    variants[0];
  const [variantId, setVariantId] = useState(initialVariant?.id ?? "");
  const [storeId, setStoreId] = useState(
    initialVariant?.stores.find((s) => s.id === wanted)?.id ?? initialVariant?.stores[0]?.id ?? "",
  );
  const id = useId();
  const variant = variants.find((v) => v.id === variantId);
  const stores = variant?.stores ?? [];
  const errors = state.status === "invalid" ? state.fieldErrors : {};

  function chooseVariant(next: string) {
    setVariantId(next);
    const nextStores = variants.find((v) => v.id === next)?.stores ?? [];
    // Keep the chosen store when the new variant is there too.
    setStoreId(nextStores.some((s) => s.id === storeId) ? storeId : (nextStores[0]?.id ?? ""));
  }

  return (
    <form action={dispatch} className="mt-3 space-y-3" aria-label={t("form.label")}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-variant`} className="text-sm font-medium">
          {t("form.variant")}
        </label>
        <select
          id={`${id}-variant`}
          name="variantId"
          value={variantId}
          onChange={(e) => chooseVariant(e.target.value)}
          aria-invalid={errors.variantId ? true : undefined}
          aria-describedby={errors.variantId ? `${id}-variant-error` : undefined}
          className={selectClass(errors.variantId)}
        >
          {variants.map((v) => (
            <option key={v.id} value={v.id}>
              {v.stores.length > 0 ? v.label : t("form.variantNoStore", { variant: v.label })}
            </option>
          ))}
        </select>
        {errors.variantId ? (
          <p id={`${id}-variant-error`} className="text-sm text-sale">
            {errors.variantId}
          </p>
        ) : null}
      </div>
      {stores.length === 0 ? (
        <p className="text-sm text-ink-soft">{t("form.noStores")}</p>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-store`} className="text-sm font-medium">
            {t("form.store")}
          </label>
          <select
            id={`${id}-store`}
            name="storeId"
            value={storeId}
            onChange={(e) => setStoreId(e.target.value)}
            aria-invalid={errors.storeId ? true : undefined}
            aria-describedby={errors.storeId ? `${id}-store-error` : `${id}-store-hint`}
            className={selectClass(errors.storeId)}
          >
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.address}
              </option>
            ))}
          </select>
          {errors.storeId ? (
            <p id={`${id}-store-error`} className="text-sm text-sale">
              {errors.storeId}
            </p>
          ) : (
            <p id={`${id}-store-hint`} className="text-xs text-ink-soft">
              {t("form.hint")}
            </p>
          )}
        </div>
      )}
      <input type="hidden" name="quantity" value="1" />
      {stores.length > 0 ? (
        <SubmitButton pendingLabel={t("form.reserving")}>{t("form.submit")}</SubmitButton>
      ) : null}
      <FormMessage state={state} />
      {state.status === "ok" ? (
        <p className="text-sm">
          <Link href="/account/reservations" className="underline underline-offset-4">
            {t("form.viewAll")}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
