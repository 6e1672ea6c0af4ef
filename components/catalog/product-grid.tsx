import type { ProductSummary } from "@/db/queries/catalog";
import { ProductCard } from "./product-card";

export function ProductGrid({
  products,
  now,
  priorityCount = 0,
}: {
  products: ProductSummary[];
  now: Date;
  priorityCount?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id} className="flex">
          <div className="w-full">
            <ProductCard product={p} now={now} priority={i < priorityCount} />
          </div>
        </li>
      ))}
    </ul>
  );
}
