import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { products } from "@/db/schema";
import { storesWithStock } from "@/lib/after-sales/reservations/queries";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { colourName } from "@/lib/catalog/colours";
import { isLocale } from "@/lib/i18n/locale";
import { productPath } from "@/lib/price-alerts/links";
import { ReserveForm, type ReserveVariantOption } from "./reserve-form";

type Variant = { id: string; sku: string; size: string | null; colour: string | null };

/**
 * "Reserve in a store" on the product page (anchor #reserve): signed-in customers pick a variant
 * and a store that holds it, pay on pickup within 48 hours; visitors get a sign-in link back to
 * this product. Personal: render it inside Suspense.
 */
export async function ReserveInStore({
  productId,
  variants,
}: {
  productId: string;
  variants: readonly Variant[];
}) {
  const [t, rawLocale, session] = await Promise.all([
    getTranslations("reservations"),
    getLocale(),
    currentUserOrNull(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  if (variants.length === 0) return null;
  const heading = (
    <>
      <h2 id={`reserve-heading-${productId}`} className="font-semibold">
        {t("panel.heading")}
      </h2>
      <p className="mt-1 text-sm text-ink-soft">{t("panel.intro")}</p>
    </>
  );
  let body: React.ReactNode;
  if (!session) {
    const db = await getDb();
    const [product] = await db
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.id, productId));
    const callbackUrl = product ? productPath(product.slug) : "/account/reservations";
    body = (
      <p className="mt-3">
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold underline underline-offset-4 hover:text-ink-soft"
        >
          {t("panel.signIn")}
        </Link>
      </p>
    );
  } else {
    const stock = await storesWithStock(
      await getDb(),
      variants.map((v) => v.id),
    );
    const options: ReserveVariantOption[] = variants.map((v) => ({
      id: v.id,
      label:
        [v.size, v.colour ? colourName(v.colour, locale) : null].filter(Boolean).join(" · ") ||
        v.sku,
      stores: stock
        .filter((s) => s.variantId === v.id)
        .map((s) => ({ id: s.storeId, name: s.name, address: s.address })),
    }));
    body = (
      <Suspense fallback={null}>
        <ReserveForm variants={options} />
      </Suspense>
    );
  }
  return (
    <section
      id="reserve"
      aria-labelledby={`reserve-heading-${productId}`}
      className="scroll-mt-24 rounded-2xl border border-line bg-card p-4"
    >
      {heading}
      {body}
    </section>
  );
}
