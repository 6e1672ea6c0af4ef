import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import {
  ReservationList,
  type ReservationRow,
} from "@/components/after-sales/reservations/reservation-list";
import { getDb } from "@/db/client";
import { listReservationsForUser } from "@/lib/after-sales/reservations/queries";
import { requireUser } from "@/lib/auth/authorize";
import { colourName } from "@/lib/catalog/colours";
import { isLocale } from "@/lib/i18n/locale";
import { productPath } from "@/lib/price-alerts/links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations"))("account.title") };
}

/** The customer's own click-and-reserve reservations (owner-scoped by the session's user id). */
export default async function ReservationsPage() {
  const { user } = await requireUser("/account/reservations");
  const [t, rawLocale, format, rows] = await Promise.all([
    getTranslations("reservations"),
    getLocale(),
    getFormatter(),
    getDb().then((db) => listReservationsForUser(db, user.id)),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const reservations: ReservationRow[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    product: locale === "de" ? r.product.nameDe : r.product.nameEn,
    href: r.product.forSale ? productPath(r.product.slug) : null,
    variant:
      [r.variant.size, r.variant.colour ? colourName(r.variant.colour, locale) : null]
        .filter(Boolean)
        .join(" · ") || r.variant.sku,
    store: r.store.name,
    storeAddress: r.store.address,
    code: r.pickupCode,
    expires: format.dateTime(r.expiresAt, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Berlin",
    }),
  }));
  return (
    <AccountShell
      current="reservations"
      title={t("account.title")}
      intro={<p>{t("account.intro")}</p>}
    >
      <ReservationList reservations={reservations} />
    </AccountShell>
  );
}
