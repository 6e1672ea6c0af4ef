"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { requestReturnAction } from "@/lib/actions/returns";

export type ReturnFormItem = {
  id: string;
  name: string;
  returnable: number;
  replacements: { id: string; label: string }[];
};

const input =
  "rounded-lg border border-line bg-card px-3 py-2 focus-visible:outline-2 focus-visible:outline-ink";

/** "Return or exchange items": items and quantities, kind, method and (when needed) a reason. */
export function ReturnRequestForm({
  orderNumber,
  items,
  stores,
  reasonRequired,
}: {
  orderNumber: string;
  items: ReturnFormItem[];
  stores: { id: string; name: string; city: string }[];
  reasonRequired: boolean;
}) {
  const t = useTranslations("returns");
  const [state, action] = useActionState<FormState, FormData>(requestReturnAction, IDLE);
  const [kind, setKind] = useState<"return" | "exchange">("return");
  const [method, setMethod] = useState<"label" | "store">("label");
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const value = (name: string) => (state.status !== "idle" ? state.values?.[name] : undefined);
  return (
    <form action={action} className="space-y-4" aria-labelledby="returns-form-heading">
      <h3 id="returns-form-heading" className="font-display text-xl">
        {t("form.heading")}
      </h3>
      <input type="hidden" name="orderNumber" value={orderNumber} />
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("form.kind")}</legend>
        {(["return", "exchange"] as const).map((k) => (
          <label key={k} className="flex items-center gap-2">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(`kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-3" aria-describedby={errors.items ? "items-error" : undefined}>
        <legend className="font-medium">{t("form.items")}</legend>
        {items.map((item) => (
          <div key={item.id} className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1">
              <span>{t("form.quantity", { name: item.name, max: item.returnable })}</span>
              <input
                type="number"
                name={`qty_${item.id}`}
                min={0}
                max={item.returnable}
                defaultValue={value(`qty_${item.id}`) ?? "0"}
                disabled={item.returnable === 0}
                className={`${input} w-24`}
              />
            </label>
            {kind === "exchange" ? (
              item.replacements.length > 0 ? (
                <label className="flex flex-col gap-1">
                  <span>{t("form.replacement", { name: item.name })}</span>
                  <select name={`replacement_${item.id}`} className={input}>
                    {item.replacements.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="text-sm text-ink-soft">{t("form.noReplacement")}</p>
              )
            ) : null}
          </div>
        ))}
        {errors.items ? (
          <p id="items-error" className="text-sm text-sale">
            {errors.items}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="return-reason" className="font-medium">
          {reasonRequired ? t("form.reasonRequired") : t("form.reasonOptional")}
        </label>
        <textarea
          id="return-reason"
          name="reason"
          rows={3}
          maxLength={500}
          required={reasonRequired}
          defaultValue={value("reason") ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "return-reason-error" : undefined}
          className={input}
        />
        {errors.reason ? (
          <p id="return-reason-error" className="text-sm text-sale">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("form.method")}</legend>
        {(["label", "store"] as const).map((m) => (
          <label key={m} className="flex items-center gap-2">
            <input
              type="radio"
              name="method"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
              disabled={m === "store" && stores.length === 0}
            />
            {t(`method.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === "store" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="return-store" className="font-medium">
            {t("form.store")}
          </label>
          <select
            id="return-store"
            name="storeId"
            className={input}
            aria-describedby={errors.storeId ? "return-store-error" : undefined}
          >
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}, {s.city}
              </option>
            ))}
          </select>
          {errors.storeId ? (
            <p id="return-store-error" className="text-sm text-sale">
              {errors.storeId}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton pendingLabel={t("form.working")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
