import { getFormatter, getTranslations } from "next-intl/server";
import type { RequestForStaff } from "@/lib/privacy/requests";

/** The facts of one request and its requester, for the officer (the view is audit-logged). */
export async function RequestDetail({ view }: { view: RequestForStaff }) {
  const [t, tk, ts, tq, format] = await Promise.all([
    getTranslations("privacyRequests.detail"),
    getTranslations("privacyRequests.kinds"),
    getTranslations("privacyRequests.statuses"),
    getTranslations("privacyRequests.queue"),
    getFormatter(),
  ]);
  const { request, requester } = view;
  const date = (value: Date) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: "long" })}</time>
  );
  const details = Object.entries(request.details).filter(
    ([, value]) => value !== null && value !== "",
  );
  const open = request.status !== "completed" && request.status !== "refused";
  return (
    <section aria-labelledby="request-facts" className="rounded-2xl border border-line bg-card p-5">
      <h2 id="request-facts" className="text-lg font-semibold">
        {t("facts")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <dt className="font-medium">{tq("kind")}</dt>
        <dd>{tk(request.kind)}</dd>
        <dt className="font-medium">{t("requester")}</dt>
        <dd>
          {requester.hasAccount ? t("account") : request.userId ? t("accountGone") : t("guest")}
        </dd>
        {requester.name ? (
          <>
            <dt className="font-medium">{t("name")}</dt>
            <dd>{requester.name}</dd>
          </>
        ) : null}
        <dt className="font-medium">{t("address")}</dt>
        <dd className="break-all">{request.email}</dd>
        <dt className="font-medium">{t("received")}</dt>
        <dd>{date(request.receivedAt)}</dd>
        <dt className="font-medium">{t("due")}</dt>
        <dd>
          {date(request.dueAt)}
          {open ? (
            <span className={view.overdue ? "ml-2 font-semibold text-sale" : "ml-2 text-ink-soft"}>
              (
              {view.overdue
                ? tq("overdue", { days: -view.daysLeft })
                : tq("left", { days: view.daysLeft })}
              )
            </span>
          ) : null}
        </dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>{ts(request.status)}</dd>
        {request.statusReason ? (
          <>
            <dt className="font-medium">{t("reason")}</dt>
            <dd className="whitespace-pre-line">{request.statusReason}</dd>
          </>
        ) : null}
        <dt className="font-medium">{t("details")}</dt>
        <dd>
          {details.length === 0 ? (
            t("noDetails")
          ) : (
            <ul className="space-y-1">
              {details.map(([key, value]) => (
                <li key={key} className="whitespace-pre-line">
                  <code className="font-mono text-xs">{key}</code>:{" "}
                  {typeof value === "string" ? value : JSON.stringify(value)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="mt-4 text-sm text-ink-soft">{t("logged")}</p>
    </section>
  );
}
