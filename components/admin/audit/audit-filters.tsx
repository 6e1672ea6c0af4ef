import { getTranslations } from "next-intl/server";
import {
  AUDIT_ACTOR_FILTERS,
  type AuditFilterProblem,
  type AuditFilters,
} from "@/lib/audit/queries";

const control = "rounded-lg border border-line bg-card px-3 py-2";

/** The audit log's filters, as a plain GET form so that a filtered view can be linked. */
export async function AuditFilterForm({
  filters,
  problem,
}: {
  filters: AuditFilters;
  problem: AuditFilterProblem;
}) {
  const [t, tr] = await Promise.all([
    getTranslations("adminAudit.filters"),
    getTranslations("adminAudit.roles"),
  ]);
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-labelledby="audit-filters"
      className="flex flex-col gap-4 rounded-2xl border border-line bg-card p-4"
    >
      <h2 id="audit-filters" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="text-sm font-medium">
            {t("actor")}
          </label>
          <select
            id="audit-actor"
            name="actor"
            defaultValue={filters.actorRole ?? ""}
            className={control}
          >
            <option value="">{t("anyActor")}</option>
            {AUDIT_ACTOR_FILTERS.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-medium">
            {t("action")}
          </label>
          <input
            id="audit-action"
            name="action"
            defaultValue={filters.actionPrefix ?? ""}
            maxLength={100}
            aria-describedby="audit-action-hint"
            className={control}
          />
          <p id="audit-action-hint" className="text-xs text-ink-soft">
            {t("actionHint")}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-subject" className="text-sm font-medium">
            {t("subject")}
          </label>
          <input
            id="audit-subject"
            name="subject"
            defaultValue={filters.subject ?? ""}
            maxLength={100}
            aria-invalid={problem === "subject" ? true : undefined}
            aria-describedby={
              problem === "subject"
                ? "audit-subject-hint audit-subject-error"
                : "audit-subject-hint"
            }
            className={control}
          />
          <p id="audit-subject-hint" className="text-xs text-ink-soft">
            {t("subjectHint")}
          </p>
          {problem === "subject" ? (
            <p id="audit-subject-error" className="text-sm text-sale">
              {t("subjectInvalid")}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-sm font-medium">
            {t("from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ""}
            aria-invalid={problem === "dates" ? true : undefined}
            aria-describedby={problem === "dates" ? "audit-dates-error" : undefined}
            className={control}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-sm font-medium">
            {t("to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            defaultValue={filters.to ?? ""}
            aria-invalid={problem === "dates" ? true : undefined}
            aria-describedby={problem === "dates" ? "audit-dates-error" : undefined}
            className={control}
          />
        </div>
      </div>
      {problem === "dates" ? (
        <p id="audit-dates-error" className="text-sm text-sale">
          {t("datesInvalid")}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
