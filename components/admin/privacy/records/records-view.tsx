import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AppLocale } from "@/lib/i18n/locale";
import {
  CONTROLLER,
  SAFEGUARDS,
  type ProcessingRecord,
  type StaffDataRecord,
} from "@/lib/privacy/records";

/** The controller as the imprint names it (Art. 30(1)(a)). */
export async function ControllerBlock({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("privacyCenter.records");
  return (
    <section aria-labelledby="controller-heading" className="space-y-2">
      <h2 id="controller-heading" className="font-display text-2xl">
        {t("controller")}
      </h2>
      <address className="not-italic">
        {CONTROLLER.name}
        <br />
        {CONTROLLER.street}
        <br />
        {CONTROLLER.postalCode} {CONTROLLER.city}
        <br />
        {CONTROLLER.country[locale]}
      </address>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("representative")}</dt>
        <dd>{CONTROLLER.representative}</dd>
        <dt className="font-semibold">{t("contact")}</dt>
        <dd>
          {CONTROLLER.email}, {CONTROLLER.phone}
        </dd>
        <dt className="font-semibold">{t("privacyContact")}</dt>
        <dd>{CONTROLLER.privacyEmail}</dd>
      </dl>
    </section>
  );
}

/** One processing activity: purpose, basis, data, people, recipients, retention, source. */
export async function PurposeRecord({ record }: { record: ProcessingRecord }) {
  const t = await getTranslations("privacyCenter.records");
  const id = `purpose-${record.purpose}`;
  const list = (values: string[]) =>
    values.length === 0 ? (
      <p>{t("none")}</p>
    ) : (
      <ul className="list-disc pl-5">
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    );
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="rounded-2xl border border-line bg-card p-5 print:break-inside-avoid print:rounded-none print:border-x-0 print:border-b-0 print:px-0"
    >
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {record.name}
      </h3>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t("legalBasis")}</dt>
          <dd>{record.legalBasis}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("subjects")}</dt>
          <dd>{list(record.subjects.map((kind) => t(`subjectKinds.${kind}`)))}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("dataCategories")}</dt>
          <dd>{list(record.dataCategories)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("recipients")}</dt>
          <dd>{list(record.recipients.length > 0 ? record.recipients : [t("noRecipients")])}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("sources")}</dt>
          <dd>{list(record.sources)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold">{t("retention")}</dt>
          <dd>
            {record.tables.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {record.tables.map((table) => (
                  <li key={table.table}>
                    <span className="font-medium">{table.label}</span> ({table.description}):{" "}
                    {table.retention}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Members of staff are data subjects too: where the shop records who did what. */
export async function StaffData({ records }: { records: StaffDataRecord[] }) {
  const t = await getTranslations("privacyCenter.records");
  return (
    <section aria-labelledby="staff-heading" className="space-y-3 print:break-inside-avoid">
      <h2 id="staff-heading" className="font-display text-2xl">
        {t("staffHeading")}
      </h2>
      <p className="text-ink-soft">{t("staffIntro")}</p>
      <ScrollRegion label={t("staffHeading")} className="print:overflow-visible">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("staffTable")}
              </th>
              <th scope="col" className="py-2">
                {t("staffColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={`${record.table}.${record.column}`} className="border-t border-line">
                <td className="py-2 pr-3">{record.tableDescription}</td>
                <td className="py-2">{record.column}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** Technical and organisational measures (Art. 30(1)(g), Art. 32). */
export async function Safeguards({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("privacyCenter.records");
  return (
    <section aria-labelledby="safeguards-heading" className="space-y-3 print:break-inside-avoid">
      <h2 id="safeguards-heading" className="font-display text-2xl">
        {t("safeguards")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {SAFEGUARDS.map((safeguard) => (
          <li key={safeguard.key}>{safeguard.text[locale]}</li>
        ))}
      </ul>
    </section>
  );
}
