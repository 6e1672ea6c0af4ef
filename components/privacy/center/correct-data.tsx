import Link from "next/link";
import { getTranslations } from "next-intl/server";

const EDITABLE = [
  { key: "profile", href: "/account/profile" },
  { key: "addresses", href: "/account/addresses" },
  { key: "interests", href: "/account/personalization" },
  { key: "alerts", href: "/account/alerts" },
  { key: "consent", href: "/privacy-settings" },
] as const;

/** Records that stay as they are, and why (R3): correcting them would falsify what they prove. */
const FIXED = ["invoices", "consent", "log"] as const;

/** Rectification (Art. 16, R3): what the customer changes where, what cannot change and why. */
export async function CorrectData() {
  const t = await getTranslations("privacyCenter.correct");
  return (
    <section
      id="correct"
      aria-labelledby="correct-heading"
      className="scroll-mt-4 rounded-3xl border border-line bg-card p-5 sm:p-8"
    >
      <h2 id="correct-heading" className="font-display text-2xl">
        {t("heading")}
      </h2>
      <p className="mt-2 text-ink-soft">{t("intro")}</p>

      <h3 className="mt-5 font-semibold">{t("editableHeading")}</h3>
      <ul className="mt-2 space-y-2">
        {EDITABLE.map((item) => (
          <li key={item.key}>
            <span>{t(`editable.${item.key}.what`)}</span>{" "}
            <Link href={item.href} className="font-medium underline underline-offset-2">
              {t(`editable.${item.key}.where`)}
            </Link>
          </li>
        ))}
      </ul>

      <h3 className="mt-5 font-semibold">{t("fixedHeading")}</h3>
      <dl className="mt-2 space-y-3">
        {FIXED.map((key) => (
          <div key={key}>
            <dt className="font-medium">{t(`fixed.${key}.what`)}</dt>
            <dd className="text-ink-soft">{t(`fixed.${key}.why`)}</dd>
          </div>
        ))}
      </dl>

      <p className="mt-5">
        {t("askText")}{" "}
        <Link href="/account/privacy/correct" className="font-medium underline underline-offset-2">
          {t("askLink")}
        </Link>
      </p>
    </section>
  );
}
