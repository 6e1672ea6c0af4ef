"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { cancelReservationAction } from "@/lib/actions/reservations";

export type ReservationRow = {
  id: string;
  status: "active" | "picked_up" | "expired" | "cancelled";
  product: string;
  href: string | null;
  variant: string;
  store: string;
  storeAddress: string;
  code: string;
  expires: string;
};

/** The customer's reservations with their pickup code; active ones can be cancelled. */
export function ReservationList({ reservations }: { reservations: ReservationRow[] }) {
  const t = useTranslations("reservations");
  const [state, cancel] = useActionState(cancelReservationAction, IDLE);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {reservations.length === 0 ? <p className="text-ink-soft">{t("account.empty")}</p> : null}
      <ul className="grid gap-3" aria-label={t("account.listLabel")}>
        {reservations.map((r) => (
          <li
            key={r.id}
            className="flex flex-col gap-3 rounded-2xl border border-line bg-card p-4 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="space-y-1">
              <h2 className="font-semibold">
                {r.href ? (
                  <Link href={r.href} className="underline underline-offset-4">
                    {r.product}
                  </Link>
                ) : (
                  r.product
                )}
              </h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-ink-soft">{t("account.variant")}</dt>
                <dd>{r.variant}</dd>
                <dt className="text-ink-soft">{t("account.store")}</dt>
                <dd>
                  {r.store}, {r.storeAddress}
                </dd>
                <dt className="text-ink-soft">{t("account.code")}</dt>
                <dd className="font-mono font-semibold tracking-widest">{r.code}</dd>
                <dt className="text-ink-soft">{t("account.expires")}</dt>
                <dd>{r.expires}</dd>
                <dt className="text-ink-soft">{t("account.status")}</dt>
                <dd>{t(`status.${r.status}`)}</dd>
              </dl>
            </div>
            {r.status === "active" ? (
              <form action={cancel}>
                <input type="hidden" name="reservationId" value={r.id} />
                <SubmitButton variant="secondary" pendingLabel={t("account.cancelling")}>
                  {t("account.cancel")}
                  <span className="sr-only">: {r.product}</span>
                </SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
