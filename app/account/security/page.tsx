import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import {
  ChangePasswordForm,
  SessionList,
  SignOutEverywhereForm,
  type SessionItem,
} from "@/components/account/security-forms";
import { listSessionsForUser } from "@/db/queries/account";
import { describeUserAgent } from "@/lib/accounts/user-agent";
import { requireUser } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  const current = await requireUser("/account/security");
  const [t, format, rows] = await Promise.all([
    getTranslations("security"),
    getFormatter(),
    listSessionsForUser({ userId: current.user.id }),
  ]);
  const when = (date: Date) => ({
    iso: date.toISOString(),
    label: format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
  });
  const device = (userAgent: string | null) => {
    const { browser, os } = describeUserAgent(userAgent);
    if (browser && os) return t("device.browserOnOs", { browser, os });
    if (browser) return t("device.browserOnly", { browser });
    if (os) return t("device.osOnly", { os });
    return t("device.unknown");
  };
  const sessions: SessionItem[] = rows
    .map((row) => ({
      id: row.id,
      device: device(row.userAgent),
      current: row.id === current.sessionId,
      createdAt: when(row.createdAt),
      lastUsedAt: when(row.lastUsedAt),
    }))
    // This device first, then by last use (the query's order).
    .sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <AccountShell current="security" title={t("title")} intro={<p>{t("intro")}</p>}>
      <AccountSectionCard id="password" title={t("passwordTitle")}>
        <p className="text-sm text-ink-soft">{t("passwordIntro")}</p>
        <ChangePasswordForm />
      </AccountSectionCard>
      <AccountSectionCard id="sessions" title={t("sessionsTitle")}>
        <p className="text-sm text-ink-soft">{t("sessionsIntro")}</p>
        <SessionList sessions={sessions} />
        <h3 className="pt-2 text-lg font-semibold">{t("everywhereTitle")}</h3>
        <p className="text-sm text-ink-soft">{t("everywhereIntro")}</p>
        <SignOutEverywhereForm />
      </AccountSectionCard>
    </AccountShell>
  );
}
