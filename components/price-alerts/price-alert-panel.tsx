import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { colourName } from "@/lib/catalog/colours";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { productPath } from "@/lib/price-alerts/links";
import { getActiveAlertForUser } from "@/lib/price-alerts/queries";
import { PriceAlertForm, type AlertVariantOption } from "./price-alert-form";

type Variant = {
  id: string;
  sku: string;
  size: string | null;
  colour: string | null;
  priceCents: number;
};

/**
 * The product page's price alert: the signed-in customer's form (with their active alert), or a
 * sign-in link that comes back to this product. Personal: render it inside Suspense.
 */
export async function PriceAlertPanel({
  productId,
  slug,
  variants,
}: {
  productId: string;
  slug: string;
  variants: readonly Variant[];
}) {
  const [t, rawLocale, session] = await Promise.all([
    getTranslations("priceAlerts"),
    getLocale(),
    currentUserOrNull(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  if (variants.length === 0) return null;
  const heading = (
    <h2 id="price-alert-heading" className="font-semibold">
      {t("panel.heading")}
    </h2>
  );
  if (!session) {
    const callbackUrl = productPath(slug);
    return (
      <section
        aria-labelledby="price-alert-heading"
        className="rounded-2xl border border-line bg-card p-4"
      >
        {heading}
        <p className="mt-1 text-sm text-ink-soft">{t("panel.intro")}</p>
        <p className="mt-3">
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="font-semibold underline underline-offset-4 hover:text-ink-soft"
          >
            {t("panel.signIn")}
          </Link>
        </p>
      </section>
    );
  }
  const active = await getActiveAlertForUser({ userId: session.user.id, productId });
  const options: AlertVariantOption[] = variants.map((v) => ({
    id: v.id,
    label:
      [v.size, v.colour ? colourName(v.colour, locale) : null].filter(Boolean).join(" · ") || v.sku,
    price: formatMoney(v.priceCents, locale),
  }));
  const activeVariant = active?.variantId
    ? options.find((o) => o.id === active.variantId)
    : undefined;
  return (
    <section
      aria-labelledby="price-alert-heading"
      className="rounded-2xl border border-line bg-card p-4"
    >
      {heading}
      <p className="mt-1 text-sm text-ink-soft">{t("panel.intro")}</p>
      <PriceAlertForm
        productId={productId}
        options={options}
        active={
          active
            ? {
                id: active.id,
                target: formatMoney(active.targetPriceCents, locale),
                variantId: activeVariant ? active.variantId : null,
                variantLabel: activeVariant?.label ?? null,
              }
            : null
        }
      />
    </section>
  );
}
