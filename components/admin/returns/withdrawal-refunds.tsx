"use client";

import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { refundWithdrawalAction } from "@/lib/actions/withdrawal";

export type WithdrawalRow = {
  id: string;
  orderNumber: string;
  declaredAt: string;
  refundDueAt: string;
};

function RefundForm({ id }: { id: string }) {
  const t = useTranslations("withdrawal.staff");
  const [state, action] = useActionState(refundWithdrawalAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="withdrawalId" value={id} />
      <input type="hidden" name="proof" value="dispatch" />
      <SubmitButton pendingLabel={t("refunding")}>{t("refund")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Withdrawals not yet refunded, with the refund once goods or proof of dispatch arrived (L2). */
export function WithdrawalRefunds({ rows }: { rows: readonly WithdrawalRow[] }) {
  const t = useTranslations("withdrawal.staff");
  const format = useFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <section aria-labelledby="withdrawal-refunds-heading" className="space-y-3">
      <h2 id="withdrawal-refunds-heading" className="font-display text-2xl">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-ink-soft">{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.id} className="rounded-2xl border border-line bg-card p-4">
              <p className="font-semibold">
                {t("order")} {row.orderNumber}
              </p>
              <p className="text-sm text-ink-soft">
                {t("declared")} {date(row.declaredAt)} · {t("due")} {date(row.refundDueAt)}
              </p>
              <RefundForm id={row.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
