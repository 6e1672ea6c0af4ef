import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { unitPriceCents } from "@/lib/pricing/vat";
import type { Reduction } from "@/lib/pricing/reference-price";
import { cn } from "@/lib/ui/cn";

type Props = {
  priceCents: number;
  fromPrice?: boolean;
  reduction: Reduction | null;
  unit: { kind: "weight" | "volume" | "length"; amount: number } | null;
  size?: "sm" | "lg";
};

const UNIT_LABEL = { weight: "kg", volume: "l", length: "m" } as const;

/** Price with the statements PAngV requires: VAT included, shipping extra, unit price, reference price. */
export async function PriceTag({ priceCents, fromPrice, reduction, unit, size = "sm" }: Props) {
  const [rawLocale, t] = await Promise.all([getLocale(), getTranslations("price")]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  return (
    <div className={cn(size === "lg" ? "space-y-1" : "space-y-0.5")}>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span
          className={cn(
            "font-semibold",
            size === "lg" ? "text-3xl" : "text-lg",
            reduction && "text-sale",
          )}
        >
          {fromPrice ? `${t("from")} ` : ""}
          {formatMoney(priceCents, locale)}
        </span>
        {reduction ? (
          <span className="rounded bg-sale px-1.5 py-0.5 text-xs font-bold text-white">
            −{reduction.percentOff} %
          </span>
        ) : null}
      </p>
      {reduction ? (
        <p className="text-xs text-ink-soft">
          {t("reference", { price: formatMoney(reduction.referenceCents, locale) })}
        </p>
      ) : null}
      {unit ? (
        <p className="text-xs text-ink-soft">
          {t("unitPrice", {
            price: formatMoney(unitPriceCents(priceCents, unit), locale),
            unit: UNIT_LABEL[unit.kind],
          })}
        </p>
      ) : null}
      <p className="text-xs text-ink-soft">
        {t("vatIncluded")}{" "}
        <Link href="/legal/terms#shipping" className="relative z-10 underline underline-offset-2">
          {t("plusShipping")}
        </Link>
      </p>
    </div>
  );
}
