import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-display text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-ink-soft">{t("notFoundText")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white"
      >
        {t("backHome")}
      </Link>
    </div>
  );
}
