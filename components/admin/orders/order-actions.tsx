"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import {
  cancelOrderAsStaffAction,
  markOrderDeliveredAction,
  markOrderShippedAction,
} from "@/lib/actions/admin-orders";
import { IDLE } from "@/lib/actions/form-state";

const ACTIONS = {
  ship: markOrderShippedAction,
  deliver: markOrderDeliveredAction,
  cancel: cancelOrderAsStaffAction,
} as const;

/** One status change of an order: a hint, one button, the announced outcome. */
export function OrderStepForm({
  orderNumber,
  step,
}: {
  orderNumber: string;
  step: keyof typeof ACTIONS;
}) {
  const t = useTranslations("adminOrders.actions");
  const [state, action] = useActionState(ACTIONS[step], IDLE);
  return (
    <form action={action} aria-labelledby={`${step}-title`} className="space-y-2">
      <h3 id={`${step}-title`} className="font-semibold">
        {t(`${step}Title`)}
      </h3>
      <p className="text-sm text-ink-soft">{t(`${step}Hint`)}</p>
      <input type="hidden" name="orderNumber" value={orderNumber} />
      <SubmitButton
        variant={step === "cancel" ? "danger" : "primary"}
        pendingLabel={t(`${step}Pending`)}
      >
        {t(step)}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
