"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/form";
import { revealOrderCustomerAction, type RevealState } from "@/lib/actions/admin-orders";
import type { PostalAddress } from "@/db/schema";

const HIDDEN: RevealState = { status: "idle" };

function Address({ address }: { address: PostalAddress }) {
  return (
    <address className="not-italic">
      {[
        address.fullName,
        address.company,
        address.street,
        address.addressLine2,
        `${address.postalCode} ${address.city}`,
        address.country,
      ]
        .filter(Boolean)
        .map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
    </address>
  );
}

/**
 * The customer's personal data stays hidden until the admin asks for it; the server logs that
 * look before it answers (S9).
 */
export function CustomerData({ orderNumber }: { orderNumber: string }) {
  const t = useTranslations("adminOrders.customer");
  const [state, action] = useActionState(revealOrderCustomerAction, HIDDEN);
  return (
    <section aria-labelledby="customer-data" className="rounded-2xl border border-line bg-card p-5">
      <h2 id="customer-data" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite">
        {state.status === "ok" ? (
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
            <dt className="font-medium">{t("name")}</dt>
            <dd>{state.customer.name}</dd>
            <dt className="font-medium">{t("email")}</dt>
            <dd className="break-all">{state.customer.email}</dd>
            {state.customer.phone ? (
              <>
                <dt className="font-medium">{t("phone")}</dt>
                <dd>{state.customer.phone}</dd>
              </>
            ) : null}
            <dt className="font-medium">{t("billingAddress")}</dt>
            <dd>
              <Address address={state.customer.billingAddress} />
            </dd>
            <dt className="font-medium">{t("shippingAddress")}</dt>
            <dd>
              {state.customer.shippingAddress ? (
                <Address address={state.customer.shippingAddress} />
              ) : (
                t("noShippingAddress")
              )}
            </dd>
          </dl>
        ) : state.status === "error" ? (
          <p className="mt-3 text-sm text-sale">{state.message}</p>
        ) : null}
      </div>
      {state.status !== "ok" ? (
        <form action={action} className="mt-3 space-y-2">
          <p className="text-sm text-ink-soft">{t("hint")}</p>
          <input type="hidden" name="orderNumber" value={orderNumber} />
          <SubmitButton variant="secondary" pendingLabel={t("showing")}>
            {t("show")}
          </SubmitButton>
        </form>
      ) : (
        <p className="mt-3 text-sm text-ink-soft">{t("logged")}</p>
      )}
    </section>
  );
}
