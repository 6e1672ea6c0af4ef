import { getTranslations } from "next-intl/server";
import { describeStoredData } from "@/lib/privacy/data-map";

/** The privacy notice's "what we store" section, generated from the data map (Art. 13, T2). */
export async function WhatWeStore({ locale }: { locale: "de" | "en" }) {
  const t = await getTranslations("whatWeStore");
  const groups = describeStoredData(locale);
  return (
    <section aria-labelledby={locale === "de" ? "was-wir-speichern" : "what-we-store"}>
      {groups.map((group) => (
        <div key={group.category}>
          <h3>{group.label}</h3>
          <p>{group.description}</p>
          <dl>
            <dt>{t("contains")}</dt>
            <dd>{group.contains.join(", ")}</dd>
            <dt>{t("purposes")}</dt>
            <dd>{group.purposes.join("; ")}</dd>
            <dt>{t("legalBases")}</dt>
            <dd>{group.legalBases.join("; ")}</dd>
            <dt>{t("retention")}</dt>
            <dd>
              <ul>
                {group.retention.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
            <dt>{t("recipients")}</dt>
            <dd>{group.recipients.length > 0 ? group.recipients.join("; ") : t("noRecipients")}</dd>
            <dt>{t("sources")}</dt>
            <dd>{group.sources.join("; ")}</dd>
          </dl>
        </div>
      ))}
    </section>
  );
}
