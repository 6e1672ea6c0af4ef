import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { OwnRequests } from "@/components/privacy/requests/own-requests";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { listOwnRequests } from "@/lib/privacy/requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRequests.own"))("title") };
}

/** The customer's own data subject requests and their status (R6), owner-scoped. */
export default async function OwnRequestsPage() {
  const { user } = await requireUser("/account/privacy/requests");
  const [t, requests] = await Promise.all([
    getTranslations("privacyRequests.own"),
    getDb().then((db) => listOwnRequests(db, user.id)),
  ]);
  return (
    <AccountShell current="privacy" subpage title={t("title")} intro={<p>{t("intro")}</p>}>
      <div className="space-y-4 rounded-3xl border border-line bg-card p-5 sm:p-8">
        <OwnRequests requests={requests} />
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li>
            <Link href="/account/privacy/restrict" className="underline underline-offset-2">
              {t("restrictLink")}
            </Link>
          </li>
          <li>
            <Link href="/account/privacy/correct" className="underline underline-offset-2">
              {t("correctLink")}
            </Link>
          </li>
          <li>
            <Link href="/account/privacy" className="underline underline-offset-2">
              {t("centerLink")}
            </Link>
          </li>
        </ul>
      </div>
    </AccountShell>
  );
}
