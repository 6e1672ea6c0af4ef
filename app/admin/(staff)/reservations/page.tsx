import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PickedUpButton } from "@/components/admin/reservations/picked-up-button";
import { getDb } from "@/db/client";
import {
  listActiveReservations,
  listPhysicalStores,
  listRecentlyExpired,
  type ReservationView,
} from "@/lib/after-sales/reservations/queries";
import { requireRole } from "@/lib/auth/authorize";
import { colourName } from "@/lib/catalog/colours";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations"))("admin.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Click-and-reserve for the stores: active reservations (filter by store) with "Picked up", and
 * the recently expired ones. The pickup code identifies the customer; no personal data shown.
 */
export default async function AdminReservationsPage({ searchParams }: Props) {
  await requireRole(["admin"], "/admin/reservations");
  const params = await searchParams;
  const db = await getDb();
  const storeList = await listPhysicalStores(db);
  const rawStore = typeof params.store === "string" ? params.store : undefined;
  const store = storeList.find((s) => s.id === rawStore);
  const [t, rawLocale, format, active, expired] = await Promise.all([
    getTranslations("reservations"),
    getLocale(),
    getFormatter(),
    listActiveReservations(db, store?.id),
    listRecentlyExpired(db, store?.id),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const date = (value: Date) =>
    format.dateTime(value, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const item = (r: ReservationView) =>
    `${locale === "de" ? r.product.nameDe : r.product.nameEn} (${
      [r.variant.size, r.variant.colour ? colourName(r.variant.colour, locale) : null]
        .filter(Boolean)
        .join(" · ") || r.variant.sku
    }) × ${r.quantity}`;
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="font-display text-3xl">{t("admin.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("admin.intro")}</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="reservation-store" className="text-sm font-medium">
            {t("admin.store")}
          </label>
          <select
            id="reservation-store"
            name="store"
            defaultValue={store?.id ?? ""}
            className="rounded-lg border border-line bg-card px-3 py-2"
          >
            <option value="">{t("admin.allStores")}</option>
            {storeList.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-full border border-line bg-card px-5 py-2.5 font-semibold hover:border-ink"
        >
          {t("admin.filter")}
        </button>
      </form>
      <section aria-labelledby="reservations-active" className="space-y-3">
        <h2 id="reservations-active" className="font-display text-2xl">
          {t("admin.active")}
        </h2>
        {active.length === 0 ? <p className="text-ink-soft">{t("admin.noneActive")}</p> : null}
        <ul className="grid gap-3">
          {active.map((r) => (
            <li
              key={r.id}
              className="flex flex-col gap-3 rounded-2xl border border-line bg-card p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="text-ink-soft">{t("account.code")}</dt>
                <dd className="font-mono font-semibold tracking-widest">{r.pickupCode}</dd>
                <dt className="text-ink-soft">{t("admin.item")}</dt>
                <dd>{item(r)}</dd>
                <dt className="text-ink-soft">{t("account.store")}</dt>
                <dd>{r.store.name}</dd>
                <dt className="text-ink-soft">{t("account.expires")}</dt>
                <dd>{date(r.expiresAt)}</dd>
              </dl>
              <PickedUpButton reservationId={r.id} code={r.pickupCode} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reservations-expired" className="space-y-3">
        <h2 id="reservations-expired" className="font-display text-2xl">
          {t("admin.expired")}
        </h2>
        {expired.length === 0 ? <p className="text-ink-soft">{t("admin.noneExpired")}</p> : null}
        <ul className="grid gap-2 text-sm">
          {expired.map((r) => (
            <li key={r.id} className="rounded-2xl border border-line bg-card p-3">
              <span className="font-mono">{r.pickupCode}</span> · {item(r)} · {r.store.name} ·{" "}
              {t("admin.expiredAt", { date: r.closedAt ? date(r.closedAt) : date(r.expiresAt) })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
