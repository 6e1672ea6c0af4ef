import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/db/schema";
import { signOutAction } from "@/lib/actions/auth";
import { AdminNav } from "./admin-nav";

/**
 * The frame of every staff page: who is signed in, the navigation for their role, the way back
 * to the shop and out. Side column from `md` up, stacked above the page below that. No <aside>:
 * the root layout's <main> already holds it, and a complementary landmark must be top level.
 */
export async function AdminShell({
  user,
  children,
}: {
  user: { name: string; role: Role };
  children: React.ReactNode;
}) {
  const t = await getTranslations("admin");
  return (
    <div className="flex flex-col gap-6 md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:items-start md:gap-8">
      <div className="flex flex-col gap-4 rounded-2xl border border-line bg-card p-4 md:sticky md:top-4">
        <div>
          <p className="text-xs font-semibold tracking-wide text-brass uppercase">
            {t("areaTitle")}
          </p>
          <p className="mt-1 text-sm text-ink-soft">
            {t("signedInAs")} <span className="font-semibold text-ink">{user.name}</span>
          </p>
          <p className="text-sm text-ink-soft">{t(`roles.${user.role}`)}</p>
        </div>
        <AdminNav role={user.role} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-3 text-sm md:flex-col md:items-start">
          <Link href="/" className="underline underline-offset-2 hover:text-brass">
            {t("backToShop")}
          </Link>
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-full border border-line px-3 py-1.5 font-medium hover:border-ink"
            >
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
