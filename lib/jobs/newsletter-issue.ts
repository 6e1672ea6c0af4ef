import { env } from "@/lib/env";
import { sendNewsletterIssue } from "@/lib/newsletter/issue";
import { loadSecrets } from "@/lib/server/secrets";
import type { JobDefinition } from "./types";

/** Links in a mail sent outside a request: APP_URL, else this instance's own port. */
function jobBaseUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** The weekly newsletter (L6): Thursdays 09:00 Berlin time, once per confirmed subscriber. */
export const newsletterIssueJob: JobDefinition = {
  name: "newsletter-issue",
  cron: "0 9 * * 4",
  intervalMs: 7 * 24 * 60 * 60 * 1000,
  run: ({ db, now }) =>
    sendNewsletterIssue(db, { now, baseUrl: jobBaseUrl(), secret: loadSecrets().authSecret }),
};
