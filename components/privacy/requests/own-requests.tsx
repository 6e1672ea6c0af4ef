import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { PrivacyRequest } from "@/db/schema";
import { isLimitPurpose } from "@/lib/privacy/limits";
import { requestReference } from "@/lib/privacy/requests";

/** The customer's requests (R6): kind, received, due, status and the reason given, if any. */
export async function OwnRequests({ requests }: { requests: readonly PrivacyRequest[] }) {
  const [t, tk, ts, tp, format] = await Promise.all([
    getTranslations("privacyRequests.own"),
    getTranslations("privacyRequests.kinds"),
    getTranslations("privacyRequests.statuses"),
    getTranslations("privacyRequests.purposes"),
    getFormatter(),
  ]);
  // Restrictions and objections name their purpose, so that "Objection" alone is not a riddle.
  const limitOf = (request: PrivacyRequest) => {
    const { purpose, change } = request.details;
    return isLimitPurpose(purpose) && typeof change === "string"
      ? t("limitDetail", { purpose: tp(`${purpose}.name`), change })
      : null;
  };
  if (requests.length === 0) return <p>{t("empty")}</p>;
  const date = (value: Date) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: "medium" })}</time>
  );
  return (
    <ScrollRegion label={t("caption")} className="rounded-2xl border border-line">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("reference")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("received")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("due")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("reason")}
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} className="border-t border-line align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {tk(request.kind)}
                {limitOf(request) ? (
                  <span className="block font-normal text-ink-soft">{limitOf(request)}</span>
                ) : null}
              </th>
              <td className="px-3 py-2 font-mono text-xs">{requestReference(request.id)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{date(request.receivedAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{date(request.dueAt)}</td>
              <td className="px-3 py-2">{ts(request.status)}</td>
              <td className="px-3 py-2">{request.statusReason ?? t("noReason")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
