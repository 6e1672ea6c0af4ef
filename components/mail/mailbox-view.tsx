import type { ReactNode } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MailboxMessage, MailboxMessageSummary } from "@/db/queries/mailbox";
import { cn } from "@/lib/ui/cn";
import { ScrollRegion } from "@/components/ui/scroll-region";

type MailboxViewProps = {
  messages: MailboxMessageSummary[];
  selected?: MailboxMessage | null;
  /** Path of the mailbox page; its links add the search params `id`, `to` and `offset`. */
  basePath: string;
  to?: string;
  offset?: number;
  /** The page size the messages were listed with: a full page offers older mails. */
  limit?: number;
};

const STATUS_CLASS: Record<MailboxMessage["status"], string> = {
  pending: "text-brass",
  sent: "text-moss",
  failed: "text-sale",
};

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** The text body with its links as real anchors, so a reader (or a browser test) can follow them. */
function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={url} className="break-all text-brass underline">
        {url}
      </a>,
    );
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

function mailboxHref(basePath: string, params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "" && value !== 0) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** The development mailbox: every outbox row, and the selected mail as HTML and as text. */
export async function MailboxView({
  messages,
  selected = null,
  basePath,
  to,
  offset = 0,
  limit,
}: MailboxViewProps) {
  const [t, format] = await Promise.all([getTranslations("mailbox"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const hasOlder = limit !== undefined && messages.length >= limit;
  const pageSize = limit ?? messages.length;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-labelledby="mailbox-title" className="min-w-0">
        <h1 id="mailbox-title" className="text-2xl font-semibold text-ink">
          {t("title")}
        </h1>
        <p className="mt-2 text-sm text-ink-soft">{t("intro")}</p>

        <form
          method="get"
          action={basePath}
          role="search"
          className="mt-4 flex flex-wrap items-end gap-2"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="mailbox-to" className="text-sm font-medium text-ink">
              {t("filterLabel")}
            </label>
            <input
              id="mailbox-to"
              name="to"
              type="email"
              defaultValue={to}
              autoComplete="off"
              className="rounded-md border border-line bg-card px-3 py-2 text-sm text-ink"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-ink px-4 py-2 text-sm font-medium text-card"
          >
            {t("filterSubmit")}
          </button>
          {to ? (
            <Link href={basePath} className="px-2 py-2 text-sm text-brass underline">
              {t("filterReset")}
            </Link>
          ) : null}
        </form>

        {messages.length === 0 ? (
          <p className="mt-6 text-ink-soft">{to ? t("emptyFiltered", { to }) : t("empty")}</p>
        ) : (
          <ScrollRegion
            label={t("listCaption")}
            className="mt-6 rounded-xl border border-line bg-card"
          >
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("listCaption")}</caption>
              <thead className="bg-paper text-ink">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.to")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.subject")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.template")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.status")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.createdAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => {
                  const current = selected?.id === message.id;
                  return (
                    <tr
                      key={message.id}
                      className={cn("border-t border-line align-top", current && "bg-paper")}
                    >
                      <td className="px-3 py-2 break-all text-ink-soft">{message.toEmail}</td>
                      <td className="px-3 py-2">
                        <Link
                          href={mailboxHref(basePath, { id: message.id, to, offset })}
                          aria-current={current ? "true" : undefined}
                          className="font-medium text-ink underline decoration-line underline-offset-2 hover:decoration-brass"
                        >
                          {message.subject}
                        </Link>
                      </td>
                      <td className="px-3 py-2 font-mono text-xs text-ink-soft">
                        {message.template}
                      </td>
                      <td className={cn("px-3 py-2 font-medium", STATUS_CLASS[message.status])}>
                        {t(`status.${message.status}`)}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap text-ink-soft">
                        <time dateTime={message.createdAt.toISOString()}>
                          {when(message.createdAt)}
                        </time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}

        {offset > 0 || hasOlder ? (
          <nav aria-label={t("pagination")} className="mt-4 flex gap-4 text-sm">
            {offset > 0 ? (
              <Link
                href={mailboxHref(basePath, { to, offset: Math.max(offset - pageSize, 0) })}
                className="text-brass underline"
              >
                {t("newer")}
              </Link>
            ) : null}
            {hasOlder ? (
              <Link
                href={mailboxHref(basePath, { to, offset: offset + pageSize })}
                className="text-brass underline"
              >
                {t("older")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="mailbox-message" className="min-w-0">
        {selected ? (
          <article className="flex flex-col gap-4">
            <h2 id="mailbox-message" className="text-xl font-semibold text-ink">
              {selected.subject}
            </h2>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
              <dt className="text-ink-soft">{t("columns.to")}</dt>
              <dd className="break-all text-ink">{selected.toEmail}</dd>
              <dt className="text-ink-soft">{t("columns.template")}</dt>
              <dd className="font-mono text-xs text-ink">{selected.template}</dd>
              <dt className="text-ink-soft">{t("columns.status")}</dt>
              <dd className={cn("font-medium", STATUS_CLASS[selected.status])}>
                {t(`status.${selected.status}`)}
              </dd>
              <dt className="text-ink-soft">{t("columns.createdAt")}</dt>
              <dd className="text-ink">
                <time dateTime={selected.createdAt.toISOString()}>{when(selected.createdAt)}</time>
              </dd>
              <dt className="text-ink-soft">{t("sentAt")}</dt>
              <dd className="text-ink">
                {selected.sentAt ? (
                  <time dateTime={selected.sentAt.toISOString()}>{when(selected.sentAt)}</time>
                ) : (
                  t("notSent")
                )}
              </dd>
              <dt className="text-ink-soft">{t("attempts")}</dt>
              <dd className="text-ink">{selected.attempts}</dd>
              {selected.lastError ? (
                <>
                  <dt className="text-ink-soft">{t("lastError")}</dt>
                  <dd className="break-all text-sale">{selected.lastError}</dd>
                </>
              ) : null}
            </dl>

            <h3 className="text-lg font-semibold text-ink">{t("htmlVersion")}</h3>
            {/* No allow-scripts, no allow-same-origin: the mail's HTML cannot run code or reach the app. */}
            <iframe
              sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
              srcDoc={selected.html}
              title={t("htmlFrameTitle", { subject: selected.subject })}
              className="h-[40rem] w-full rounded-xl border border-line bg-card"
            />

            <h3 className="text-lg font-semibold text-ink">{t("textVersion")}</h3>
            <pre
              lang={selected.locale}
              className="overflow-x-auto rounded-xl border border-line bg-card p-4 font-mono text-sm break-words whitespace-pre-wrap text-ink"
            >
              {linkify(selected.text)}
            </pre>
          </article>
        ) : (
          <>
            <h2 id="mailbox-message" className="sr-only">
              {t("messageHeading")}
            </h2>
            <p className="rounded-xl border border-dashed border-line bg-card p-6 text-ink-soft">
              {messages.length > 0 ? t("noSelection") : t("empty")}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
