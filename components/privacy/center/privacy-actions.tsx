import Link from "next/link";
import { getTranslations } from "next-intl/server";

const ACTIONS = [
  { key: "download", href: "/account/privacy/export" },
  { key: "delete", href: "/account/privacy/delete" },
  { key: "restrict", href: "/account/privacy/restrict" },
  { key: "requests", href: "/account/privacy/requests" },
  { key: "personalization", href: "/account/personalization" },
  { key: "correct", href: "#correct" },
] as const;

/** The privacy center's actions first (Art. 15 to 22): each one a card whose name is its title. */
export async function PrivacyActions() {
  const t = await getTranslations("privacyCenter.actions");
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {ACTIONS.map((action) => (
          <li
            key={action.key}
            className="relative rounded-2xl border border-line bg-card p-4 focus-within:border-ink hover:border-ink"
          >
            <h3 className="font-semibold">
              {/* The whole card is the link's target area; its name stays the short title. */}
              <Link href={action.href} className="after:absolute after:inset-0 after:rounded-2xl">
                {t(`${action.key}.title`)}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-ink-soft">{t(`${action.key}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
