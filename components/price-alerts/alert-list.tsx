"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { cancelPriceAlertAction } from "@/lib/actions/price-alerts";

export type AlertRow = {
  id: string;
  status: "active" | "triggered" | "cancelled";
  href: string | null;
  product: string;
  variant: string | null;
  target: string;
  /** What it costs now; null when it is no longer for sale. */
  current: string | null;
  created: string;
  /** For a fired alert: when and at which price. */
  triggered: { date: string; price: string } | null;
};

/** The customer's alerts, one group per status, with "Remove" on the active ones. */
export function AlertList({ alerts }: { alerts: AlertRow[] }) {
  const t = useTranslations("priceAlerts");
  const [state, remove] = useActionState(cancelPriceAlertAction, IDLE);
  const groups = (["active", "triggered", "cancelled"] as const)
    .map((status) => ({ status, items: alerts.filter((a) => a.status === status) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="space-y-8">
      <FormMessage state={state} />
      {alerts.length === 0 ? <p className="text-ink-soft">{t("page.empty")}</p> : null}
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={`alerts-${group.status}`}>
          <h2 id={`alerts-${group.status}`} className="font-display text-2xl">
            {t(`page.groups.${group.status}`)}
          </h2>
          <ul className="mt-3 grid gap-3">
            {group.items.map((alert) => (
              <li
                key={alert.id}
                className="flex flex-col gap-3 rounded-2xl border border-line bg-card p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="space-y-1">
                  <h3 className="font-semibold">
                    {alert.href ? (
                      <Link href={alert.href} className="underline underline-offset-4">
                        {alert.product}
                      </Link>
                    ) : (
                      alert.product
                    )}
                  </h3>
                  {alert.variant ? (
                    <p className="text-sm text-ink-soft">
                      {t("page.variant", { variant: alert.variant })}
                    </p>
                  ) : null}
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="text-ink-soft">{t("page.target")}</dt>
                    <dd>{alert.target}</dd>
                    <dt className="text-ink-soft">{t("page.current")}</dt>
                    <dd>{alert.current ?? t("page.unavailable")}</dd>
                    <dt className="text-ink-soft">{t("page.created")}</dt>
                    <dd>{alert.created}</dd>
                    {alert.triggered ? (
                      <>
                        <dt className="text-ink-soft">{t("page.triggered")}</dt>
                        <dd>
                          {t("page.triggeredAt", {
                            date: alert.triggered.date,
                            price: alert.triggered.price,
                          })}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </div>
                {alert.status === "active" ? (
                  <form action={remove}>
                    <input type="hidden" name="alertId" value={alert.id} />
                    <SubmitButton variant="secondary" pendingLabel={t("form.removing")}>
                      {t("form.remove")}
                      <span className="sr-only">: {alert.product}</span>
                    </SubmitButton>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
