"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireRole, requireUser } from "@/lib/auth/authorize";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { isLocale } from "@/lib/i18n/locale";
import { describeStoredData } from "@/lib/privacy/data-map";
import {
  guestRequestSchema,
  toConfirmState,
  type GuestConfirmState,
} from "@/lib/privacy/guest/answer";
import { confirmGuestRequest, requestGuestLink } from "@/lib/privacy/guest/flow";
import { guestRequestLimits } from "@/lib/privacy/guest/limits";
import { answerAfter, GUEST_ANSWER_FLOOR_MS } from "@/lib/privacy/guest/timing";
import { LIMIT_KINDS, LIMIT_PURPOSES, setProcessingLimit } from "@/lib/privacy/limits";
import {
  completeRequest,
  extendRequest,
  MAX_REASON_LENGTH,
  receiveRequest,
  refuseRequest,
  startRequest,
  type StaffOutcome,
} from "@/lib/privacy/requests";
import { appBaseUrl } from "@/lib/server/app-url";
import { loadSecrets } from "@/lib/server/secrets";
import { tokenSchema } from "@/lib/validation/account";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * Data subject requests (R5, R6, R7). Each action is a public POST endpoint: who is asking (a
 * guest with a rate limit, the customer, or the privacy officer), parse, domain, revalidate, a
 * localized answer. Customers act only on their own account: the user id comes from the session.
 */

const NS = "privacyRequests";
const QUEUE_PAGE = "/admin/privacy/requests";
const OFFICERS = ["privacy_officer", "admin"] as const;

async function translators() {
  const [t, tv] = await Promise.all([getTranslations(NS), getTranslations("validation")]);
  // Schema messages are keys of this namespace ("errors.…") or of the shared `validation` one.
  const translate = (key: string) => (key.startsWith("errors.") ? t(key) : tv(key));
  return { t, translate };
}

async function limited(scope: string, identifier: string, rule: RateLimitRule) {
  const result = await consumeRateLimit(await getDb(), {
    scope,
    identifier,
    rule,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  return !result.allowed;
}

async function currentLanguage() {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "de";
}

/**
 * A guest asks for a one-time link (R7). The answer is the same, and takes about as long, whether
 * or not we hold data for the address: only its owner learns it, from their inbox.
 */
export async function requestGuestPrivacyLinkAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const startedAt = performance.now();
  const { t, translate } = await translators();
  const values = submittedValues(formData);
  const parsed = parseInput(
    guestRequestSchema,
    {
      email: formData.get("email"),
      kind: formData.get("kind"),
      details: formData.get("details") ?? undefined,
    },
    translate,
    values,
  );
  if (!parsed.ok) return parsed.state;
  const { ip } = await requestInfo();
  const limits = guestRequestLimits();
  if (
    (await limited("privacy-request:ip", ip, limits.requestIp)) ||
    (await limited("privacy-request:email", parsed.data.email, limits.requestEmail))
  ) {
    return { status: "error", message: t("guest.rateLimited"), values };
  }
  await requestGuestLink(await getDb(), {
    ...parsed.data,
    language: await currentLanguage(),
    now: new Date(),
    baseUrl: await appBaseUrl(),
    secret: loadSecrets().authSecret,
  });
  return answerAfter(startedAt, GUEST_ANSWER_FLOOR_MS, {
    status: "ok",
    message: t("guest.linkOnItsWay"),
    values: { email: parsed.data.email },
  });
}

/**
 * The button on the page the mailed link opens (a GET never uses the link, S6). Access and export
 * answer with the copy itself, so no file is kept on the server and no extra cookie is needed.
 */
export async function confirmGuestPrivacyRequestAction(
  _prev: GuestConfirmState,
  formData: FormData,
): Promise<GuestConfirmState> {
  const [t, format] = await Promise.all([getTranslations(NS), getFormatter()]);
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) return { status: "error", message: t("guest.linkInvalid") };
  const { ip } = await requestInfo();
  if (await limited("privacy-request-confirm:ip", ip, guestRequestLimits().confirmIp)) {
    return { status: "error", message: t("guest.rateLimited") };
  }
  const now = new Date();
  const outcome = await confirmGuestRequest(await getDb(), {
    token: token.data,
    sealed: formData.get("r"),
    secret: loadSecrets().authSecret,
    now,
    baseUrl: await appBaseUrl(),
  });
  return toConfirmState(
    outcome,
    {
      invalid: t("guest.linkInvalid"),
      download: (reference) => t("guest.downloadReady", { reference }),
      queued: (reference, dueAt) =>
        t("guest.queued", { reference, due: format.dateTime(dueAt, { dateStyle: "long" }) }),
    },
    now,
  );
}

const limitSchema = z.object({
  purpose: z.enum(LIMIT_PURPOSES, { error: "errors.purpose" }),
  kind: z.enum(LIMIT_KINDS, { error: "errors.purpose" }),
  active: z.enum(["true", "false"], { error: "errors.purpose" }).transform((v) => v === "true"),
});

/** Restricts or objects to one purpose, or lifts it (R5); effective on the next request. */
export async function setProcessingLimitAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireUser("/account/privacy/restrict");
  const { t, translate } = await translators();
  const parsed = parseInput(
    limitSchema,
    {
      purpose: formData.get("purpose"),
      kind: formData.get("kind"),
      active: formData.get("active"),
    },
    translate,
    {},
  );
  if (!parsed.ok) return { status: "error", message: t("errors.purpose") };
  const { purpose, kind, active } = parsed.data;
  await setProcessingLimit(await getDb(), {
    userId: user.id,
    purpose,
    kind,
    active,
    now: new Date(),
  });
  revalidatePath("/account/privacy/restrict");
  revalidatePath("/account/privacy/requests");
  const name = t(`purposes.${purpose}.name`);
  return {
    status: "ok",
    message: t(`restrict.done.${kind}.${active ? "set" : "lifted"}`, { name }),
  };
}

const correctionSchema = z.object({
  category: z
    .string({ error: "errors.category" })
    .refine(
      (value) => describeStoredData("de").some((group) => group.category === value),
      "errors.category",
    ),
  details: z
    .string({ error: "errors.correctionRequired" })
    .trim()
    .min(1, "errors.correctionRequired")
    .max(MAX_REASON_LENGTH, "errors.correctionTooLong"),
});

/**
 * A correction the customer cannot make themselves (R3, Art. 16): a rectification request for the
 * officer's queue, due in one month, acknowledged by mail.
 */
export async function requestCorrectionAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireUser("/account/privacy/correct");
  const { t, translate } = await translators();
  const values = submittedValues(formData);
  const parsed = parseInput(
    correctionSchema,
    { category: formData.get("category"), details: formData.get("details") },
    translate,
    values,
  );
  if (!parsed.ok) return parsed.state;
  const format = await getFormatter();
  const request = await receiveRequest(await getDb(), {
    userId: user.id,
    email: user.email,
    kind: "rectification",
    details: { category: parsed.data.category, note: parsed.data.details },
    now: new Date(),
    actor: { id: user.id, role: user.role },
    baseUrl: await appBaseUrl(),
  });
  revalidatePath("/account/privacy/requests");
  return {
    status: "ok",
    message: t("correct.sent", { due: format.dateTime(request.dueAt, { dateStyle: "long" }) }),
  };
}

const staffSchema = z.object({ id: z.uuid() });

const STEPS = {
  start: { run: startRequest, done: "detail.started" },
  complete: { run: completeRequest, done: "detail.completed" },
  extend: { run: extendRequest, done: "detail.extended" },
  refuse: { run: refuseRequest, done: "detail.refused" },
} as const;

/** The officer's steps on one request (R6): role checked here, rules in the domain. */
async function staffStep(step: keyof typeof STEPS, formData: FormData): Promise<FormState> {
  const current = await requireRole(OFFICERS, QUEUE_PAGE);
  const t = await getTranslations(NS);
  const parsed = staffSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { status: "error", message: t("errors.not_found") };
  const reason = formData.get("reason");
  const outcome: StaffOutcome = await STEPS[step].run(await getDb(), {
    id: parsed.data.id,
    staffId: current.user.id,
    reason: typeof reason === "string" ? reason : "",
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  if (outcome.status === "problem") {
    if (outcome.problem === "reason_required") {
      return {
        status: "invalid",
        fieldErrors: { reason: t("errors.reason_required") },
        values: submittedValues(formData),
      };
    }
    return { status: "error", message: t(`errors.${outcome.problem}`) };
  }
  revalidatePath(QUEUE_PAGE);
  revalidatePath(`${QUEUE_PAGE}/${parsed.data.id}`);
  return { status: "ok", message: t(STEPS[step].done) };
}

export async function startPrivacyRequestAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep("start", formData);
}

/** Completes a request; for an erasure request this erases the subject's data at once. */
export async function completePrivacyRequestAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep("complete", formData);
}

export async function extendPrivacyRequestAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep("extend", formData);
}

export async function refusePrivacyRequestAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return staffStep("refuse", formData);
}
