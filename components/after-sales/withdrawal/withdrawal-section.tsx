import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadWithdrawalView } from "@/lib/after-sales/withdrawal/declare";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { currentOrderAccess } from "@/lib/checkout/guest-cookie";
import { WithdrawalForm } from "./withdrawal-form";

/**
 * The withdrawal function of an order (§356a BGB, L2): while it is open, a clearly labelled
 * "Withdraw from contract" opens the two-step form (a native <details>, so no JS is needed);
 * otherwise it says why it is closed. Renders nothing for an order the request may not see.
 */
export async function WithdrawalSection({ orderNumber }: { orderNumber: string }) {
  const [t, accesses, session] = await Promise.all([
    getTranslations("withdrawal"),
    currentOrderAccess(),
    currentUserOrNull(),
  ]);
  const db = await getDb();
  const now = new Date();
  let view = null;
  for (const access of accesses) {
    view = await loadWithdrawalView(db, { orderNumber, access, now });
    if (view) break;
  }
  if (!view) return null;
  const { state } = view;
  const open = state.state === "open" || state.state === "not_delivered_yet";
  return (
    <section
      id="withdrawal"
      aria-labelledby="withdrawal-heading"
      className="space-y-3 rounded-2xl border border-line bg-card p-5 sm:p-6"
    >
      <h2 id="withdrawal-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      <p className="text-sm" data-testid="withdrawal-state">
        {state.state === "open" && t("open", { endsAt: state.endsAt })}
        {state.state === "not_delivered_yet" && t("notDelivered")}
        {state.state === "closed_expired" && t("closedExpired", { endsAt: state.endsAt })}
        {state.state === "already_withdrawn" &&
          t("alreadyWithdrawn", { withdrawnAt: state.withdrawnAt })}
        {state.state === "cancelled" && t("cancelled")}
      </p>
      {open ? (
        <details className="group">
          <summary className="inline-block cursor-pointer rounded-full bg-sale px-5 py-2.5 font-semibold text-white hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2">
            {t("start")}
          </summary>
          <div className="mt-4">
            <WithdrawalForm
              mode="order"
              orderNumber={orderNumber}
              defaultName={session?.user.name ?? undefined}
              defaultEmail={session?.user.email ?? view.order.email}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
