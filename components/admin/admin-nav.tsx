"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Role } from "@/db/schema";
import { cn } from "@/lib/ui/cn";
import { activeNavHref, navEntriesFor } from "./nav-entries";

/** The staff area's navigation: a row of tabs on small screens, a side list from `md` up. */
export function AdminNav({ role }: { role: Role }) {
  const t = useTranslations("admin");
  const pathname = usePathname();
  const entries = navEntriesFor(role);
  const active = activeNavHref(entries, pathname);
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {entries.map((entry) => {
          const current = entry.href === active;
          return (
            <li key={entry.href} className="shrink-0">
              <Link
                href={entry.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-full px-3 py-2 text-sm font-medium md:rounded-lg",
                  current ? "bg-ink text-white" : "text-ink-soft hover:bg-paper hover:text-ink",
                )}
              >
                {t(`nav.${entry.labelKey}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
