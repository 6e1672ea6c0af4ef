"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import {
  completeExchangeAction,
  receiveReturnAction,
  refundReturnAction,
  refuseReturnAction,
} from "@/lib/actions/returns";

export type QueueRow = {
  id: string;
  orderNumber: string;
  kind: "return" | "exchange";
  status: "requested" | "received" | "refunded" | "exchanged" | "refused";
  method: "label" | "store";
  storeName: string | null;
  createdAt: string;
  items: { name: string; quantity: number; replacementSku: string | null }[];
};

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function StepForm({ id, action, label }: { id: string; action: Action; label: string }) {
  const t = useTranslations("returns");
  const [state, run] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="returnId" value={id} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("form.working")}>{label}</SubmitButton>
    </form>
  );
}

function RefuseForm({ id }: { id: string }) {
  const t = useTranslations("returns");
  const [state, run] = useActionState<FormState, FormData>(refuseReturnAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.reason : undefined;
  return (
    <form action={run} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="returnId" value={id} />
      <label className="flex flex-col gap-1 text-sm">
        <span>{t("staff.refusalReason")}</span>
        <input
          name="reason"
          required
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `refuse-error-${id}` : undefined}
          className="rounded-lg border border-line bg-card px-3 py-2"
        />
      </label>
      <SubmitButton variant="danger" pendingLabel={t("form.working")}>
        {t("staff.refuse")}
      </SubmitButton>
      {error ? (
        <p id={`refuse-error-${id}`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
      <FormMessage state={state.status === "invalid" ? IDLE : state} />
    </form>
  );
}

/** One card per open return with the step it may take next. */
export function ReturnQueue({ rows }: { rows: QueueRow[] }) {
  const t = useTranslations("returns");
  const format = useFormatter();
  if (rows.length === 0) return <p>{t("staff.empty")}</p>;
  return (
    <ul className="space-y-4">
      {rows.map((r) => (
        <li
          key={r.id}
          className="space-y-3 rounded-2xl border border-line bg-card p-5"
          data-testid="return-row"
          data-order={r.orderNumber}
        >
          <h2 className="font-display text-xl">
            {r.orderNumber} · {t(`kind.${r.kind}`)} · {t(`status.${r.status}`)}
          </h2>
          <p className="text-sm text-ink-soft">
            {r.method === "store"
              ? `${t("method.store")}: ${r.storeName ?? ""}`
              : t("method.label")}{" "}
            · {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}
          </p>
          <ul className="text-sm">
            {r.items.map((item, index) => (
              <li key={index}>
                {item.replacementSku
                  ? t("itemExchange", {
                      quantity: item.quantity,
                      name: item.name,
                      sku: item.replacementSku,
                    })
                  : t("item", { quantity: item.quantity, name: item.name })}
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-start gap-4">
            {r.status === "requested" ? (
              <StepForm id={r.id} action={receiveReturnAction} label={t("staff.receive")} />
            ) : r.kind === "return" ? (
              <StepForm id={r.id} action={refundReturnAction} label={t("staff.refund")} />
            ) : (
              <StepForm id={r.id} action={completeExchangeAction} label={t("staff.exchange")} />
            )}
            <RefuseForm id={r.id} />
          </div>
        </li>
      ))}
    </ul>
  );
}
