import { z } from "zod";
import { emailSchema } from "@/lib/validation/account";
import { REQUEST_KINDS } from "../requests";
import type { GuestConfirmOutcome } from "./flow";
import { MAX_DETAILS_LENGTH } from "./sealed-request";

/** The guest request form (R7); error messages are keys of `privacyRequests.errors` or `validation`. */
export const guestRequestSchema = z.object({
  email: emailSchema,
  kind: z.enum(REQUEST_KINDS, { error: "errors.kind" }),
  details: z
    .string()
    .trim()
    .max(MAX_DETAILS_LENGTH, "errors.detailsTooLong")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null),
});

/** What the confirmation button answers; `json` is the guest's copy of their data (R7, Art. 15). */
export type GuestConfirmState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "download"; message: string; reference: string; fileName: string; json: string }
  | { status: "queued"; message: string; reference: string; dueAt: string };

export const GUEST_CONFIRM_IDLE: GuestConfirmState = { status: "idle" };

/** "vitrine-data-2026-05-03.json": the date the copy was made. */
export function downloadFileName(now: Date): string {
  return `vitrine-data-${now.toISOString().slice(0, 10)}.json`;
}

/** The action's answer for an outcome, with the page's localized texts. */
export function toConfirmState(
  outcome: GuestConfirmOutcome,
  text: {
    invalid: string;
    download: (reference: string) => string;
    queued: (reference: string, dueAt: Date) => string;
  },
  now: Date,
): GuestConfirmState {
  switch (outcome.status) {
    case "invalid":
      return { status: "error", message: text.invalid };
    case "download":
      return {
        status: "download",
        message: text.download(outcome.reference),
        reference: outcome.reference,
        fileName: downloadFileName(now),
        json: outcome.json,
      };
    case "queued":
      return {
        status: "queued",
        message: text.queued(outcome.reference, outcome.dueAt),
        reference: outcome.reference,
        dueAt: outcome.dueAt.toISOString(),
      };
  }
}
