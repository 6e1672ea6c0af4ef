import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { AlertList, type AlertRow } from "@/components/price-alerts/alert-list";
import { AlertNotices } from "@/components/price-alerts/alert-notices";
import { requireUser } from "@/lib/auth/authorize";
import { colourName } from "@/lib/catalog/colours";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { productPath } from "@/lib/price-alerts/links";
import { listAlertsForUser } from "@/lib/price-alerts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("priceAlerts"))("page.title") };
}

export default async function AlertsPage() {
  const { user } = await requireUser("/account/alerts");
  const [t, rawLocale, format, alerts] = await Promise.all([
    getTranslations("priceAlerts"),
    getLocale(),
    getFormatter(),
    listAlertsForUser(user.id),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const date = (value: Date) =>
    format.dateTime(value, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const rows: AlertRow[] = alerts.map((alert) => ({
    id: alert.id,
    status: alert.status,
    href: alert.product.forSale ? productPath(alert.product.slug) : null,
    product: locale === "de" ? alert.product.nameDe : alert.product.nameEn,
    variant: alert.variant
      ? [alert.variant.size, alert.variant.colour ? colourName(alert.variant.colour, locale) : null]
          .filter(Boolean)
          .join(" · ") || alert.variant.sku
      : null,
    target: formatMoney(alert.targetPriceCents, locale),
    current: alert.currentPriceCents === null ? null : formatMoney(alert.currentPriceCents, locale),
    created: date(alert.createdAt),
    triggered:
      alert.triggeredAt && alert.triggeredPriceCents !== null
        ? { date: date(alert.triggeredAt), price: formatMoney(alert.triggeredPriceCents, locale) }
        : null,
  }));
  return (
    <AccountShell current="alerts" title={t("page.title")} intro={<p>{t("page.intro")}</p>}>
      <AlertNotices />
      <AlertList alerts={rows} />
    </AccountShell>
  );
}
