"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { applyVoucherAction, removeVoucherAction } from "@/lib/actions/cart";
import { IDLE } from "@/lib/actions/form-state";
import type { AppliedVoucher } from "@/lib/cart/types";
import type { AppLocale } from "@/lib/i18n/locale";

export function VoucherForm({
  voucher,
  locale,
}: {
  voucher: AppliedVoucher | null;
  locale: AppLocale;
}) {
  const t = useTranslations("cart.voucher");
  const [applyState, apply] = useActionState(applyVoucherAction, IDLE);
  const [removeState, remove] = useActionState(removeVoucherAction, IDLE);
  if (voucher) {
    return (
      <section aria-labelledby="voucher-heading" className="space-y-2">
        <h2 id="voucher-heading" className="font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm">
          {t("active", {
            code: voucher.code,
            name: locale === "de" ? voucher.nameDe : voucher.nameEn,
          })}
        </p>
        <FormMessage state={applyState} />
        <form action={remove}>
          <SubmitButton variant="secondary" pendingLabel={t("removing")}>
            {t("remove")}
          </SubmitButton>
        </form>
      </section>
    );
  }
  // After a removal the apply form comes back: show what happened last.
  const shown = applyState.status === "ok" ? removeState : applyState;
  return (
    <section aria-labelledby="voucher-heading" className="space-y-2">
      <h2 id="voucher-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <form action={apply} className="space-y-2" noValidate>
        <Field
          name="voucher"
          label={t("label")}
          state={applyState}
          autoComplete="off"
          maxLength={64}
          required
        />
        <FormMessage state={shown} />
        <SubmitButton variant="secondary" pendingLabel={t("applying")}>
          {t("apply")}
        </SubmitButton>
      </form>
    </section>
  );
}
