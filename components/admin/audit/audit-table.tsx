import { getFormatter, getTranslations } from "next-intl/server";
import { Pager } from "@/components/admin/orders/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AuditFilters, AuditPage } from "@/lib/audit/queries";

/** A page of audit entries, newest first; people appear by id and role, not by name. */
export async function AuditTable({
  result,
  filters,
}: {
  result: AuditPage;
  filters: AuditFilters;
}) {
  const [t, tr, format] = await Promise.all([
    getTranslations("adminAudit.table"),
    getTranslations("adminAudit.roles"),
    getFormatter(),
  ]);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filters.actorRole) params.set("actor", filters.actorRole);
    if (filters.actionPrefix) params.set("action", filters.actionPrefix);
    if (filters.subject) params.set("subject", filters.subject);
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/admin/audit?${query}` : "/admin/audit";
  };
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-sm text-ink-soft">
        {t("count", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p className="rounded-2xl border border-line bg-card p-5">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("caption")} className="rounded-2xl border border-line bg-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("when")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("actor")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("action")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("record")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => {
                const details = Object.keys(row.details).length > 0;
                return (
                  <tr key={row.id} className="border-t border-line align-top">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={row.occurredAt.toISOString()}>
                        {format.dateTime(row.occurredAt, {
                          dateStyle: "medium",
                          timeStyle: "medium",
                          timeZone: "Europe/Berlin",
                        })}
                      </time>
                    </td>
                    <td className="px-3 py-2">
                      <span className="block">{tr(row.actorRole ?? "system")}</span>
                      {row.actorId ? (
                        <code className="font-mono text-xs break-all">{row.actorId}</code>
                      ) : null}
                    </td>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <code className="font-mono text-xs">{row.action}</code>
                    </th>
                    <td className="px-3 py-2">
                      <span className="block">{row.entity}</span>
                      {row.entityId ? (
                        <code className="font-mono text-xs break-all">{row.entityId}</code>
                      ) : null}
                    </td>
                    <td className="px-3 py-2">
                      {row.subjectUserId ? (
                        <code className="font-mono text-xs break-all">{row.subjectUserId}</code>
                      ) : row.subjectPseudonym ? (
                        <>
                          <span className="block">{t("erased")}</span>
                          <code className="font-mono text-xs">{row.subjectPseudonym}</code>
                        </>
                      ) : (
                        <span className="text-ink-soft">{t("none")}</span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {details ? (
                        <pre className="max-w-xs font-mono text-xs whitespace-pre-wrap break-all">
                          {JSON.stringify(row.details, null, 1)}
                        </pre>
                      ) : (
                        <span className="text-ink-soft">{t("none")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pager
        label={t("pages")}
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={hrefFor}
        previous={t("previous")}
        next={t("next")}
        position={t("position", { page: result.page, pages: result.pageCount })}
      />
    </div>
  );
}
