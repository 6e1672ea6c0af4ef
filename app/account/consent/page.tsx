import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { PURPOSES } from "@/lib/consent/consent-cookie";
import { decisionsForUser } from "@/lib/consent/ledger";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consent"))("account.title") };
}

/** The account's consent history with a receipt per decision (C8). */
export default async function AccountConsentPage() {
  const { user } = await requireUser("/account/consent");
  const [t, format, decisions] = await Promise.all([
    getTranslations("consent"),
    getFormatter(),
    getDb().then((db) => decisionsForUser(db, user.id)),
  ]);
  return (
    <AccountShell current="consent" title={t("account.title")} intro={<p>{t("account.intro")}</p>}>
      <AccountSectionCard id="history" title={t("account.title")}>
        <p>
          <Link href="/privacy-settings" className="underline underline-offset-2">
            {t("account.change")}
          </Link>
          {" · "}
          <Link href="/account/personalization" className="underline underline-offset-2">
            {t("account.personalization")}
          </Link>
        </p>
        {decisions.length === 0 ? (
          <p>{t("account.empty")}</p>
        ) : (
          <ScrollRegion label={t("account.title")}>
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("account.date")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("account.method")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("account.purposes")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("account.version")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("account.receipt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {decisions.map((decision) => {
                  const date = format.dateTime(decision.recordedAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                  });
                  return (
                    <tr key={decision.id} className="border-t border-line align-top">
                      <td className="py-2 pr-3">{date}</td>
                      <td className="py-2 pr-3">{t(`account.methods.${decision.method}`)}</td>
                      <td className="py-2 pr-3">
                        <ul>
                          {PURPOSES.map((purpose) => (
                            <li key={purpose}>
                              {t(`categories.${purpose}`)}:{" "}
                              {decision.purposes[purpose] ? t("account.on") : t("account.off")}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="py-2 pr-3">{decision.noticeVersion}</td>
                      <td className="py-2">
                        <a
                          href={`/api/account/consent/${decision.id}/receipt`}
                          download
                          aria-label={t("account.downloadLabel", { date })}
                          className="underline underline-offset-2"
                        >
                          {t("account.download")}
                        </a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </AccountSectionCard>
    </AccountShell>
  );
}
