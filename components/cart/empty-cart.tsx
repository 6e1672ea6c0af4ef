import Link from "next/link";
import { useTranslations } from "next-intl";

export function EmptyCart() {
  const t = useTranslations("cart");
  return (
    <section
      aria-labelledby="empty-cart-heading"
      className="rounded-3xl border border-line bg-card px-6 py-12 text-center"
    >
      <h2 id="empty-cart-heading" className="font-display text-2xl">
        {t("empty.heading")}
      </h2>
      <p className="mt-2 text-ink-soft">{t("empty.text")}</p>
      <Link
        href="/products"
        className="mt-6 inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
      >
        {t("empty.browse")}
      </Link>
    </section>
  );
}
