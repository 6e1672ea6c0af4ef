import { getLocale } from "next-intl/server";
import { ProductGrid } from "@/components/catalog/product-grid";
import { pickProducts } from "@/lib/personalization/surfaces";
import { getRequestPersonalization } from "@/lib/personalization/request";
import type { Placement } from "@/lib/personalization/types";
import { WhyPanel } from "./why-panel";

/**
 * A row of products for a placement. Personalized when allowed, with "Why am I seeing this?";
 * otherwise the ranking everyone gets. `personalOnly` hides the row when nothing personal chose it
 * (the home page's "For you" has its generic counterpart already).
 */
export async function Recommendations({
  placement,
  limit = 4,
  heading,
  note,
  personalOnly = false,
}: {
  placement: Placement;
  limit?: number;
  heading: string;
  note?: string;
  personalOnly?: boolean;
}) {
  const [picks, request, locale] = await Promise.all([
    pickProducts(placement, limit),
    getRequestPersonalization(),
    getLocale(),
  ]);
  if (picks.items.length === 0 || (personalOnly && !picks.personalized)) return null;
  const headingId = `recommendations-${placement.surface}`;
  return (
    <section aria-labelledby={headingId} data-personalized={picks.personalized}>
      <h2 id={headingId} className="mb-1 font-display text-2xl">
        {heading}
      </h2>
      {note ? <p className="mb-4 text-sm text-ink-soft">{note}</p> : <div className="mb-4" />}
      <ProductGrid products={picks.items.map((i) => i.product)} now={request.now} />
      {picks.personalized ? (
        <WhyPanel
          signedIn={request.userId !== null}
          items={picks.items.map((i) => ({
            key: i.product.id,
            title: locale === "en" ? i.product.nameEn : i.product.nameDe,
            reasons: i.reasons,
          }))}
        />
      ) : null}
    </section>
  );
}
