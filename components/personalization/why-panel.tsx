import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { basisLabel, describeWeight, explainReason } from "@/lib/personalization/engine";
import type { Reason } from "@/lib/personalization/types";

export type ExplainedItem = { key: string; title: string; reasons: readonly Reason[] };

/**
 * P2: "Why am I seeing this?" for a personalized element: each item's data points in words, how
 * much each weighed, the consent that allowed it, and the way to change or turn it off.
 */
export async function WhyPanel({
  items,
  signedIn,
}: {
  items: readonly ExplainedItem[];
  signedIn: boolean;
}) {
  const [t, rawLocale, format] = await Promise.all([
    getTranslations("personalization.why"),
    getLocale(),
    getFormatter(),
  ]);
  const locale = rawLocale === "en" ? "en" : "de";
  const formatDate = (iso: string) =>
    format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric" });
  const explained = items.filter((i) => i.reasons.length > 0);
  if (explained.length === 0) return null;
  return (
    <details className="group mt-3 rounded-2xl border border-line bg-card text-sm">
      <summary className="cursor-pointer rounded-2xl px-4 py-2.5 font-semibold text-ink underline-offset-4 hover:underline">
        {t("summary")}
      </summary>
      <div className="space-y-3 border-t border-line px-4 py-3">
        <p>{t("intro")}</p>
        <ul className="space-y-3">
          {explained.map((item) => (
            <li key={item.key}>
              <p className="font-semibold">{item.title}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {item.reasons.map((reason, index) => (
                  <li key={index}>
                    {explainReason(reason, locale, formatDate)}{" "}
                    <span className="text-ink-soft">
                      {t("weight", {
                        label: describeWeight(reason.weight, locale),
                        percent: Math.round(reason.weight * 100),
                      })}
                      {" · "}
                      {t("basis", { basis: basisLabel(reason.basis, locale) })}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className="text-ink-soft">{t("never")}</p>
        <p>
          <Link
            href={signedIn ? "/account/personalization" : "/privacy-settings"}
            className="font-semibold underline underline-offset-4"
          >
            {signedIn ? t("controls") : t("settings")}
          </Link>
        </p>
      </div>
    </details>
  );
}
