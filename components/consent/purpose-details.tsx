import { useLocale, useTranslations } from "next-intl";
import { entriesFor, type PurposeCategory } from "@/lib/consent/cookie-table";

/** What a purpose does, what it stores, how long, who receives it, and its cookies (C5). */
export function PurposeDetails({ category, id }: { category: PurposeCategory; id?: string }) {
  const t = useTranslations("consent");
  const locale = useLocale() === "en" ? "en" : "de";
  const entries = entriesFor(category);
  return (
    <dl id={id} className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-semibold">{t("does")}</dt>
      <dd>{t(`purposes.${category}.does`)}</dd>
      <dt className="font-semibold">{t("stores")}</dt>
      <dd>{t(`purposes.${category}.stores`)}</dd>
      <dt className="font-semibold">{t("lifetime")}</dt>
      <dd>{t(`purposes.${category}.lifetime`)}</dd>
      <dt className="font-semibold">{t("recipients")}</dt>
      <dd>{t(`purposes.${category}.recipients`)}</dd>
      <dt className="font-semibold">{t("cookiesUsed")}</dt>
      <dd>
        {entries.length === 0 ? (
          t("noCookies")
        ) : (
          <ul className="space-y-0.5">
            {entries.map((entry) => (
              <li key={entry.name}>
                <code className="break-all">{entry.name}</code>: {entry.purpose[locale]} (
                {entry.lifetime[locale]})
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
