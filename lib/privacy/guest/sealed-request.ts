import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { REQUEST_KINDS } from "../requests";

/**
 * What a guest asked for travels in their one-time link, sealed (AES-256-GCM, bound to the link's
 * token), so that nothing about the request is stored before they prove control of the address:
 * an address we do not know leaves no trace at all (R7).
 */
export const MAX_DETAILS_LENGTH = 1000;

const payloadSchema = z.object({
  kind: z.enum(REQUEST_KINDS),
  details: z.string().max(MAX_DETAILS_LENGTH).nullable(),
  language: z.enum(["de", "en"]),
});
export type GuestRequestPayload = z.infer<typeof payloadSchema>;

const IV_BYTES = 12;
/** Well above what 1,000 characters of details can seal to, even fully escaped. */
const MAX_SEALED_LENGTH = 12_000;
const TAG_BYTES = 16;

function keyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update("guest-privacy-request:v1").digest();
}

export function sealGuestRequest(
  payload: GuestRequestPayload,
  token: string,
  secret: string,
): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  cipher.setAAD(Buffer.from(token));
  const body = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The request sealed for this token, or null when it is forged, altered or for another link. */
export function openGuestRequest(
  sealed: unknown,
  token: string,
  secret: string,
): GuestRequestPayload | null {
  if (
    typeof sealed !== "string" ||
    sealed.length > MAX_SEALED_LENGTH ||
    !/^[A-Za-z0-9_-]+$/.test(sealed)
  )
    return null;
  const raw = Buffer.from(sealed, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(token));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
