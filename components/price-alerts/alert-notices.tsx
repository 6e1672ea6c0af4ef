import { getLocale } from "next-intl/server";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { productPath } from "@/lib/price-alerts/links";
import { listAlertNoticesForUser } from "@/lib/price-alerts/queries";
import { AlertNoticeList } from "./alert-notice-list";

/**
 * The signed-in customer's fired price alerts they have not dismissed yet; nothing for anyone
 * else. Personal: render it inside Suspense on shared pages.
 */
export async function AlertNotices() {
  const session = await currentUserOrNull();
  if (!session) return null;
  const [rawLocale, notices] = await Promise.all([
    getLocale(),
    listAlertNoticesForUser(session.user.id),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <AlertNoticeList
      notices={notices.map((n) => ({
        id: n.id,
        href: productPath(n.productSlug),
        product: locale === "de" ? n.productNameDe : n.productNameEn,
        price: formatMoney(n.priceCents, locale),
        target: formatMoney(n.targetPriceCents, locale),
      }))}
    />
  );
}
