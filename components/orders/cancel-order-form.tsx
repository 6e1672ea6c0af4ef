"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { cancelOrderAction } from "@/lib/actions/orders";

/** The confirm step of "Cancel order": reached by a link (GET), changed only by this POST. */
export function CancelOrderForm({ orderNumber }: { orderNumber: string }) {
  const t = useTranslations("orders.cancel");
  const [state, action] = useActionState<FormState, FormData>(cancelOrderAction, IDLE);
  return (
    <section
      id="cancel"
      aria-labelledby="cancel-heading"
      className="space-y-3 rounded-3xl border border-sale bg-card p-5 sm:p-6"
    >
      <h2 id="cancel-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("text")}</p>
      <form action={action} className="space-y-3" aria-labelledby="cancel-heading">
        <input type="hidden" name="orderNumber" value={orderNumber} />
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton variant="danger" pendingLabel={t("working")}>
            {t("confirm")}
          </SubmitButton>
          <Link href={`/account/orders/${orderNumber}`} className="underline">
            {t("keep")}
          </Link>
        </div>
      </form>
    </section>
  );
}
