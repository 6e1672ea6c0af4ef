import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { RuleDescription } from "@/lib/privacy/sweep/describe";

const cell = "px-3 py-2 align-top";

/** Every retention rule of the data map, in words (T1). Tables with an exception get two lines. */
export async function RetentionRules({ rules }: { rules: RuleDescription[] }) {
  const t = await getTranslations("privacyRetention");
  return (
    <section aria-labelledby="retention-rules-title" className="flex flex-col gap-3">
      <div>
        <h2 id="retention-rules-title" className="text-lg font-semibold">
          {t("rules.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">{t("rules.intro")}</p>
      </div>
      <ScrollRegion label={t("rules.caption")} className="rounded-2xl border border-line bg-card">
        <table className="w-full min-w-[64rem] text-left text-sm">
          <caption className="sr-only">{t("rules.caption")}</caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("rules.table")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.category")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.rows")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.period")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.startsFrom")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.law")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("rules.atEnd")}
              </th>
            </tr>
          </thead>
          {rules.map((rule) => (
            <tbody key={rule.table} className="border-t border-line">
              {rule.parts.map((part, index) => (
                <tr key={index} className={index > 0 ? "border-t border-line/60" : undefined}>
                  {index === 0 ? (
                    <>
                      <th
                        scope="rowgroup"
                        rowSpan={rule.parts.length}
                        className={`${cell} font-medium`}
                      >
                        {rule.label}
                        <code className="mt-1 block font-mono text-xs font-normal text-ink-soft">
                          {rule.table}
                        </code>
                      </th>
                      <td rowSpan={rule.parts.length} className={cell}>
                        {rule.category}
                      </td>
                    </>
                  ) : null}
                  <td className={cell}>{part.rows}</td>
                  <td className={`${cell} whitespace-nowrap`}>{part.period}</td>
                  <td className={cell}>
                    {part.startsFrom}
                    <span className="mt-1 block text-xs text-ink-soft">{part.rule}</span>
                  </td>
                  <td className={cell}>{part.law ?? t("rules.noLaw")}</td>
                  <td className={cell}>
                    <span
                      className={`mb-1 inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${
                        part.swept ? "bg-ink text-white" : "border border-line text-ink-soft"
                      }`}
                    >
                      {part.swept ? t("rules.swept") : t("rules.notSwept")}
                    </span>
                    <span className="block">{part.atEnd}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </section>
  );
}
