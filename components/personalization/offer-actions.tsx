"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { applyVoucherAction } from "@/lib/actions/cart";
import { IDLE } from "@/lib/actions/form-state";
import { dismissOfferAction } from "@/lib/actions/personalization";

/** "Use in cart" (the offer's code goes to the cart) and "Not interested" (P3) for one offer. */
export function OfferActions({ offerId, code }: { offerId: string; code: string | null }) {
  const t = useTranslations("personalization.offers");
  const [applyState, apply] = useActionState(applyVoucherAction, IDLE);
  const [dismissState, dismiss] = useActionState(dismissOfferAction, IDLE);
  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap gap-2">
        {code ? (
          <form action={apply}>
            <input type="hidden" name="voucher" value={code} />
            <SubmitButton pendingLabel={t("applying")}>{t("apply")}</SubmitButton>
          </form>
        ) : null}
        <form action={dismiss}>
          <input type="hidden" name="offerId" value={offerId} />
          <SubmitButton variant="secondary" pendingLabel={t("dismissing")}>
            {t("dismiss")}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={applyState.status === "idle" ? dismissState : applyState} />
    </div>
  );
}
