import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestQueue } from "@/components/admin/privacy/requests/request-queue";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { listQueue } from "@/lib/privacy/requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRequests.queue"))("title") };
}

/** The privacy officer's queue of data subject requests (R6); no personal data in the list. */
export default async function PrivacyRequestQueuePage() {
  await requireRole(["privacy_officer", "admin"], "/admin/privacy/requests");
  const [t, entries] = await Promise.all([
    getTranslations("privacyRequests.queue"),
    getDb().then((db) => listQueue(db, new Date())),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="font-display text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("intro")}</p>
      </header>
      <RequestQueue entries={entries} />
    </div>
  );
}
