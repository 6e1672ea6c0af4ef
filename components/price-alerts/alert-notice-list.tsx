"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { dismissPriceAlertNoticeAction } from "@/lib/actions/price-alerts";

export type AlertNoticeItem = {
  id: string;
  href: string;
  product: string;
  price: string;
  target: string;
};

/**
 * The notices, each with "Dismiss". The outcome region stays mounted when the last notice goes,
 * so that the confirmation is still announced.
 */
export function AlertNoticeList({ notices }: { notices: AlertNoticeItem[] }) {
  const t = useTranslations("priceAlerts");
  const [state, dismiss] = useActionState(dismissPriceAlertNoticeAction, IDLE);
  return (
    <div className="space-y-3">
      {notices.length > 0 ? (
        <section
          aria-labelledby="alert-notices-heading"
          className="rounded-2xl border border-moss bg-card p-4"
        >
          <h2 id="alert-notices-heading" className="font-semibold">
            {t("notices.heading")}
          </h2>
          <ul className="mt-2 divide-y divide-line">
            {notices.map((notice) => (
              <li
                key={notice.id}
                className="flex flex-wrap items-center justify-between gap-3 py-2"
              >
                <p className="text-sm">
                  {t.rich("notices.text", {
                    product: notice.product,
                    price: notice.price,
                    target: notice.target,
                    link: (chunks) => (
                      <Link
                        href={notice.href}
                        className="font-semibold underline underline-offset-4"
                      >
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
                <form action={dismiss}>
                  <input type="hidden" name="alertId" value={notice.id} />
                  <SubmitButton variant="secondary" pendingLabel={t("notices.dismissing")}>
                    <span aria-hidden="true">{t("notices.dismiss")}</span>
                    <span className="sr-only">{`${t("notices.dismiss")}: ${notice.product}`}</span>
                  </SubmitButton>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FormMessage state={state} />
    </div>
  );
}
