import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LEGAL = [
  ["imprint", "/legal/imprint"],
  ["privacy", "/legal/privacy"],
  ["terms", "/legal/terms"],
  ["withdrawal", "/legal/withdrawal"],
  ["accessibility", "/legal/accessibility"],
] as const;

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-line bg-ink text-sm text-white/85">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-display text-xl text-white">
            Vitrine<span className="text-brass-soft">.</span>
          </p>
          <p className="mt-2 max-w-xs">{t("tagline")}</p>
        </div>
        <div>
          <h2 className="font-semibold text-white">{t("serviceHeading")}</h2>
          <ul className="mt-2 space-y-1">
            <li>{t("shipping")}</li>
            <li>{t("payment")}</li>
            <li>{t("stores")}</li>
          </ul>
        </div>
        <nav aria-label={t("legalNav")}>
          <h2 className="font-semibold text-white">{t("legalHeading")}</h2>
          <ul className="mt-2 space-y-1">
            {LEGAL.map(([key, href]) => (
              <li key={key}>
                <Link href={href} className="underline-offset-2 hover:underline">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-white/15 py-4 text-center text-xs text-white/85">
        {t("demoNotice")}
      </p>
    </footer>
  );
}
