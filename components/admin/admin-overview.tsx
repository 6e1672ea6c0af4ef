import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StaffRole } from "@/lib/staff/roles";
import { navEntriesFor } from "./nav-entries";

/** What each role may do, as keys of `admin.capabilities.<role>`; mirrors the guards of its pages. */
const CAPABILITIES: Record<StaffRole, readonly string[]> = {
  marketer: ["insights", "segments", "offers", "noPersonalData"],
  privacy_officer: ["requests", "records", "retention", "auditLog"],
  admin: ["staff", "everything"],
};

/** Who is signed in, what their role may do, and the pages they can open. */
export async function AdminOverview({ user }: { user: { name: string; role: StaffRole } }) {
  const t = await getTranslations("admin");
  const pages = navEntriesFor(user.role).filter((entry) => entry.href !== "/admin");
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="font-display text-3xl">{t("overview.title")}</h1>
        <p className="mt-2 text-ink-soft">{t("overview.greeting", { name: user.name })}</p>
      </header>

      <section
        aria-labelledby="overview-role"
        className="rounded-2xl border border-line bg-card p-5"
      >
        <h2 id="overview-role" className="text-lg font-semibold">
          {t("overview.roleTitle", { role: t(`roles.${user.role}`) })}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{t("overview.roleIntro")}</p>
        <ul className="mt-3 list-disc space-y-1.5 pl-5">
          {CAPABILITIES[user.role].map((key) => (
            <li key={key}>{t(`capabilities.${user.role}.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="overview-pages">
        <h2 id="overview-pages" className="text-lg font-semibold">
          {t("overview.pagesTitle")}
        </h2>
        {pages.length > 0 ? (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {pages.map((entry) => (
              <li key={entry.href}>
                <Link
                  href={entry.href}
                  className="block h-full rounded-2xl border border-line bg-card p-4 hover:border-ink"
                >
                  <span className="font-semibold underline underline-offset-2">
                    {t(`nav.${entry.labelKey}`)}
                  </span>
                  <span className="mt-1 block text-sm text-ink-soft">
                    {t(`navHints.${entry.labelKey}`)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-ink-soft">{t("overview.noPagesYet")}</p>
        )}
      </section>
    </div>
  );
}
