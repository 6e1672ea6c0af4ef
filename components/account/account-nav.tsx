import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/ui/cn";

const SECTIONS = [
  { key: "overview", href: "/account" },
  { key: "orders", href: "/account/orders" },
  { key: "profile", href: "/account/profile" },
  { key: "addresses", href: "/account/addresses" },
  { key: "security", href: "/account/security" },
  { key: "consent", href: "/account/consent" },
  { key: "personalization", href: "/account/personalization" },
  { key: "alerts", href: "/account/alerts" },
  { key: "reservations", href: "/account/reservations" },
  { key: "privacy", href: "/account/privacy" },
] as const;

export type AccountSection = (typeof SECTIONS)[number]["key"];

/** The account area's own navigation; on a sub-page its section is marked, not the page. */
export async function AccountNav({
  current,
  subpage = false,
}: {
  current: AccountSection;
  subpage?: boolean;
}) {
  const [t, tc] = await Promise.all([getTranslations("account"), getTranslations("consent")]);
  return (
    <nav aria-label={t("nav.label")}>
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => {
          const active = section.key === current;
          return (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={active ? (subpage ? "true" : "page") : undefined}
                className={cn(
                  "inline-block rounded-full border px-4 py-2 text-sm font-medium",
                  active ? "border-ink bg-ink text-white" : "border-line bg-card hover:border-ink",
                )}
              >
                {section.key === "consent" ? tc("account.nav") : t(`nav.${section.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
