import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountSectionCard } from "@/components/account/account-shell";
import type { ErasureStatement, KeptItem } from "@/lib/privacy/erasure/plan";

type Locale = "de" | "en";

/** A retention end ("2034-12-31") as a long date; ISO days are midnight UTC, the same day in Berlin. */
export async function formatKeptUntil(until: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(until), { dateStyle: "long" });
}

async function KeptEntry({ item, locale }: { item: KeptItem; locale: Locale }) {
  const t = await getTranslations("privacyErasure");
  const until = await formatKeptUntil(item.until);
  return (
    <li className="rounded-2xl border border-line p-4">
      <h3 className="font-semibold">{item.label[locale]}</h3>
      <p className="mt-1 text-sm text-ink-soft">
        {item.action === "pseudonymize" ? t("pseudonymized") : t("restricted")} ·{" "}
        {t("entries", { count: item.count })}
      </p>
      <p className="mt-2 text-sm">{item.why[locale]}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("keptUntil")}</dt>
        <dd>
          <time dateTime={item.until}>{until}</time>
        </dd>
        {item.law ? (
          <>
            <dt className="font-medium">{t("law")}</dt>
            <dd>{item.law}</dd>
          </>
        ) : null}
        {item.cleared.length > 0 ? (
          <>
            <dt className="font-medium">{t("cleared")}</dt>
            <dd>{item.cleared.map((label) => label[locale]).join(", ")}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** The statement before erasure (R4): what is deleted at once, what is kept, why and until when. */
export async function ErasureStatementView({ statement }: { statement: ErasureStatement }) {
  const [t, rawLocale] = await Promise.all([getTranslations("privacyErasure"), getLocale()]);
  const locale: Locale = rawLocale === "en" ? "en" : "de";
  return (
    <>
      <AccountSectionCard id="deleted" title={t("deletedTitle")}>
        {statement.deleted.length === 0 ? (
          <p>{t("deletedNone")}</p>
        ) : (
          <>
            <p>{t("deletedIntro")}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              {statement.deleted.map((group) => (
                <section key={group.category} aria-labelledby={`deleted-${group.category}`}>
                  <h3 id={`deleted-${group.category}`} className="font-semibold">
                    {group.label[locale]}
                  </h3>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                    {group.items.map((item) => (
                      <li key={item.table}>
                        {item.label[locale]}{" "}
                        <span className="text-ink-soft">
                          ({t("entries", { count: item.count })})
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </>
        )}
      </AccountSectionCard>
      <AccountSectionCard id="kept" title={t("keptTitle")}>
        {statement.kept.length === 0 ? (
          <p>{t("keptNone")}</p>
        ) : (
          <>
            <p>{t("keptIntro")}</p>
            <ul className="space-y-3">
              {statement.kept.map((item) => (
                <KeptEntry key={item.table} item={item} locale={locale} />
              ))}
            </ul>
          </>
        )}
      </AccountSectionCard>
    </>
  );
}
