import Image from "next/image";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ProductSummary } from "@/db/queries/catalog";
import { computeReduction } from "@/lib/pricing/reference-price";
import { PriceTag } from "./price-tag";

export async function ProductCard({
  product,
  now,
  priority = false,
}: {
  product: ProductSummary;
  now: Date;
  priority?: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalog")]);
  const name = locale === "de" ? product.nameDe : product.nameEn;
  const isNew = now.getTime() - product.launchedAt.getTime() < 30 * 86_400_000;
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-line bg-card transition hover:shadow-md">
      <div className="relative aspect-square bg-paper">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={locale === "de" ? product.image.altDe : product.image.altEn}
            width={400}
            height={400}
            unoptimized
            priority={priority}
            className="h-full w-full object-cover"
          />
        ) : null}
        {isNew ? (
          <span className="absolute left-3 top-3 rounded-full bg-moss px-2 py-0.5 text-xs font-semibold text-white">
            {t("new")}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs uppercase tracking-wide text-ink-soft">{product.brand}</p>
        <h3 className="font-medium leading-snug">
          <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0">
            {name}
          </Link>
        </h3>
        <div className="mt-auto">
          <PriceTag
            priceCents={product.priceCents}
            fromPrice={product.hasPriceRange}
            reduction={computeReduction(product.history, now)}
            unit={
              product.unitKind && product.unitContent
                ? { kind: product.unitKind, amount: product.unitContent }
                : null
            }
          />
          <p className={product.inStock ? "mt-1 text-xs text-moss" : "mt-1 text-xs text-sale"}>
            {product.inStock ? t("inStockOnline") : t("soldOutOnline")}
          </p>
        </div>
      </div>
    </article>
  );
}
