import { randomBytes } from "node:crypto";
import type { Database } from "@/db/engine/open";
import { verificationTokens } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { consumeToken, findValidToken, hashToken } from "@/lib/auth/tokens";
import { enqueueMail } from "@/lib/mail/outbox";
import { MAIL_LINK_TTL_MS, type MailLocale } from "@/lib/mail/templates";
import { collectSubjectData } from "@/lib/privacy/export/collect";
import { EXPORT_SCHEMA_PATH } from "@/lib/privacy/export/document";
import {
  receiveRequest,
  recordCompletedRequest,
  requestReference,
  type RequestKind,
} from "../requests";
import { hasGuestData } from "./lookup";
import { openGuestRequest, sealGuestRequest, type GuestRequestPayload } from "./sealed-request";

/*
 * Requests of people who ordered without an account (R7). Control of the address is the only proof
 * asked: a one-time link (hash stored, one hour, one use) mailed only when we hold data for the
 * address. The form's answer is the same either way; opening the link changes nothing, its button
 * (a POST) confirms.
 */

export const GUEST_LINK_TTL_MS = MAIL_LINK_TTL_MS["guest-privacy-link"];

export function guestLinkUrl(baseUrl: string, token: string, sealed: string): string {
  return `${baseUrl}/privacy-request/${token}?r=${sealed}`;
}

export type GuestLinkRequest = {
  email: string;
  kind: RequestKind;
  details: string | null;
  language: MailLocale;
  now: Date;
  baseUrl: string;
  secret: string;
};

/**
 * Mails the one-time link when the address has guest data; otherwise does nothing at all. Returns
 * nothing on purpose: no caller can tell the two cases apart.
 */
export async function requestGuestLink(db: Database, input: GuestLinkRequest): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (!(await hasGuestData(db, email))) return;
  const token = randomBytes(32).toString("base64url");
  const sealed = sealGuestRequest(
    { kind: input.kind, details: input.details, language: input.language },
    token,
    input.secret,
  );
  await db.transaction(async (tx) => {
    await tx.insert(verificationTokens).values({
      purpose: "guest_privacy",
      userId: null,
      email,
      tokenHash: hashToken(token),
      expiresAt: new Date(input.now.getTime() + GUEST_LINK_TTL_MS),
      createdAt: input.now,
    });
    await enqueueMail(tx, {
      to: email,
      userId: null,
      locale: input.language,
      content: {
        template: "guest-privacy-link",
        link: guestLinkUrl(input.baseUrl, token, sealed),
      },
    });
  });
}

export type GuestLinkCheck =
  { status: "valid"; email: string; request: GuestRequestPayload } | { status: "invalid" };

/** What the link asks for, without using it (the page that shows the confirm button). */
export async function checkGuestLink(
  db: Database,
  input: { token: string; sealed: unknown; secret: string; now: Date },
): Promise<GuestLinkCheck> {
  const request = openGuestRequest(input.sealed, input.token, input.secret);
  if (!request) return { status: "invalid" };
  const row = await findValidToken(db, input.token, "guest_privacy", input.now);
  if (!row?.email) return { status: "invalid" };
  return { status: "valid", email: row.email, request };
}

export type GuestConfirmOutcome =
  | { status: "invalid" }
  | { status: "download"; kind: "access" | "export"; reference: string; json: string }
  | { status: "queued"; kind: RequestKind; reference: string; dueAt: Date };

/**
 * Uses the link once and carries the request out, in one transaction: a copy of the data is
 * collected and the request logged as completed (access, export), or the request goes to the
 * officer's queue, due in one month, and is acknowledged by mail (everything else).
 */
export async function confirmGuestRequest(
  db: Database,
  input: { token: string; sealed: unknown; secret: string; now: Date; baseUrl: string },
): Promise<GuestConfirmOutcome> {
  const payload = openGuestRequest(input.sealed, input.token, input.secret);
  if (!payload) return { status: "invalid" };
  const { now } = input;
  return db.transaction(async (tx): Promise<GuestConfirmOutcome> => {
    const token = await consumeToken(tx, input.token, "guest_privacy", now);
    if (!token?.email) return { status: "invalid" };
    const email = token.email;
    const details = {
      ...(payload.details ? { note: payload.details } : {}),
      language: payload.language,
    };
    if (payload.kind === "access" || payload.kind === "export") {
      const data = await collectSubjectData(tx, { userId: null, email }, now, {
        schemaUrl: `${input.baseUrl}${EXPORT_SCHEMA_PATH}`,
      });
      const request = await recordCompletedRequest(tx, {
        userId: null,
        email,
        kind: payload.kind,
        details,
        now,
      });
      await writeAudit(tx, {
        actorId: null,
        actorRole: null,
        action: "privacy_request.guest_copy_downloaded",
        entity: "privacy_request",
        entityId: request.id,
        details: { kind: payload.kind },
        occurredAt: now,
      });
      return {
        status: "download",
        kind: payload.kind,
        reference: requestReference(request.id),
        json: JSON.stringify(data, null, 2),
      };
    }
    const request = await receiveRequest(tx, {
      userId: null,
      email,
      kind: payload.kind,
      details,
      now,
      actor: null,
      baseUrl: input.baseUrl,
    });
    return {
      status: "queued",
      kind: payload.kind,
      reference: requestReference(request.id),
      dueAt: request.dueAt,
    };
  });
}
