import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusNotice } from "@/components/account/account-shell";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { getCheckoutData } from "@/db/queries/orders";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { currentCartOwner } from "@/lib/cart/current-owner";
import { recordBehaviourEvent } from "@/lib/consent/record-event";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckoutPage({ searchParams }: Props) {
  await connection();
  const [session, owner, rawLocale, t, params] = await Promise.all([
    currentUserOrNull(),
    currentCartOwner(),
    getLocale(),
    getTranslations("checkout"),
    searchParams,
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const { cart, addresses, stores } = await getCheckoutData({
    owner,
    userId: session?.user.id ?? null,
  });
  const cancelled =
    params.payment === "cancelled" ? <StatusNotice>{t("paymentCancelled")}</StatusNotice> : null;

  if (cart.lines.length === 0) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        {cancelled}
        <h2 className="font-display text-2xl">{t("empty.title")}</h2>
        <p>{t("empty.text")}</p>
        <p>
          <Link
            href="/products"
            className="inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
          >
            {t("empty.link")}
          </Link>
        </p>
      </div>
    );
  }

  await recordBehaviourEvent({ type: "checkout_started" });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="font-display text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="text-ink-soft">{t("intro")}</p>
        {/* Delivery restrictions and payment methods before ordering starts (§312j(1) BGB, L4). */}
        <p className="text-sm">{t("notice")}</p>
        <p className="text-sm">
          <Link href="/cart" className="underline">
            {t("backToCart")}
          </Link>
        </p>
      </div>
      {cancelled}
      <CheckoutForm
        cart={{ lines: cart.lines, voucher: cart.voucher }}
        guestEmail=""
        signedInEmail={session?.user.email ?? null}
        addresses={addresses.map((a) => ({
          id: a.id,
          fullName: a.fullName,
          lines: [a.company, a.street, a.addressLine2, `${a.postalCode} ${a.city}`].filter(
            (line): line is string => Boolean(line),
          ),
          isDefaultShipping: a.isDefaultShipping,
          isDefaultBilling: a.isDefaultBilling,
        }))}
        stores={stores}
        // One key per rendering of this page: a double click, a retry or a resend makes one order.
        idempotencyKey={crypto.randomUUID()}
        locale={locale}
      />
    </div>
  );
}
