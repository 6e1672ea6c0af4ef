import { getTranslations } from "next-intl/server";
import { COOKIE_TABLE } from "@/lib/consent/cookie-table";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The cookie table as the privacy notice shows it (the same data the banner and tests read). */
export async function CookieTableView({ locale }: { locale: "de" | "en" }) {
  const t = await getTranslations("consent");
  return (
    <>
      <p>{t("table.intro")}</p>
      <ScrollRegion label={t("table.caption", { version: CONSENT_NOTICE_VERSION })}>
        <table data-notice-version={CONSENT_NOTICE_VERSION}>
          <caption>{t("table.caption", { version: CONSENT_NOTICE_VERSION })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.name")}</th>
              <th scope="col">{t("table.category")}</th>
              <th scope="col">{t("table.purpose")}</th>
              <th scope="col">{t("table.lifetime")}</th>
              <th scope="col">{t("table.readBy")}</th>
            </tr>
          </thead>
          <tbody>
            {COOKIE_TABLE.map((entry) => (
              <tr key={`${entry.kind}:${entry.name}`}>
                <th scope="row">
                  <code className="break-all">{entry.name}</code>
                </th>
                <td>{t(`categories.${entry.category}`)}</td>
                <td>{entry.purpose[locale]}</td>
                <td>{entry.lifetime[locale]}</td>
                <td>{entry.readBy[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
