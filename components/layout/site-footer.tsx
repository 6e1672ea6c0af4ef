import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrivacySettingsLink } from "@/components/consent/privacy-settings-link";
import { getConsentState } from "@/lib/consent/gate";

const LEGAL = [
  ["imprint", "/legal/imprint"],
  ["privacy", "/legal/privacy"],
  ["terms", "/legal/terms"],
  ["withdrawal", "/legal/withdrawal"],
  ["accessibility", "/legal/accessibility"],
] as const;

export async function SiteFooter() {
  const [t, tn, tw, consent] = await Promise.all([
    getTranslations("footer"),
    getTranslations("newsletter"),
    getTranslations("withdrawal"),
    getConsentState(),
  ]);
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
            <li>
              <Link href="/newsletter" className="underline-offset-2 hover:underline">
                {tn("footerLink")}
              </Link>
            </li>
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
            <li>
              <Link href="/withdrawal" className="underline-offset-2 hover:underline">
                {tw("footerLink")}
              </Link>
            </li>
            <li>
              <PrivacySettingsLink
                gpc={consent.gpc}
                current={consent.decided ? consent.purposes : null}
                className="underline-offset-2 hover:underline"
              />
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-white/15 py-4 text-center text-xs text-white/85">
        {t("demoNotice")}
      </p>
    </footer>
  );
}
