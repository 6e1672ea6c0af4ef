import { getTranslations } from "next-intl/server";
import type { ProductDetail } from "@/db/queries/catalog";

/** Availability per physical store, summed over the product's variants. */
export async function StockByStore({
  stock,
}: Pick<ProductDetail, "stock"> & { variantCount: number }) {
  const t = await getTranslations("product");
  const byStore = new Map<string, { name: string; city: string; quantity: number }>();
  for (const s of stock) {
    if (s.storeKind !== "store") continue;
    const entry = byStore.get(s.storeId) ?? { name: s.storeName, city: s.storeCity, quantity: 0 };
    entry.quantity += s.quantity;
    byStore.set(s.storeId, entry);
  }
  return (
    <section
      aria-labelledby="stores-heading"
      className="rounded-2xl border border-line bg-card p-4"
    >
      <h2 id="stores-heading" className="font-semibold">
        {t("inStores")}
      </h2>
      <ul className="mt-2 divide-y divide-line text-sm">
        {[...byStore.entries()].map(([id, s]) => (
          <li key={id} className="flex justify-between gap-3 py-1.5">
            <span>{s.name}</span>
            <span className={s.quantity > 0 ? "text-moss" : "text-ink-soft"}>
              {s.quantity > 0 ? t("storeAvailable") : t("storeNotAvailable")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
