import { z } from "zod";

/**
 * The offer form's input, checked before anything is written. Error messages are keys of the
 * `adminOffers.errors` catalogue. Money is typed in euros and kept in cents; times are typed in
 * Berlin time (the shop's market) and kept as instants.
 */

export const OFFER_KINDS = ["percent", "fixed", "free_shipping", "bonus_product"] as const;
export const OFFER_TARGETS = ["everyone", "segment", "personal"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export type OfferTarget = (typeof OFFER_TARGETS)[number];

export const MAX_PERCENT = 90;
const MAX_CENTS = 100_000_000;
const VOUCHER = /^[A-Z0-9][A-Z0-9-]{2,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "12,50", "12.50", "1.234,50" or "12" euros → cents; null when it is not an amount. */
export function parseEuros(raw: string): number | null {
  const text = raw.trim().replace(/\s|€/g, "");
  if (text === "") return null;
  let normalized = text;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) normalized = text.replace(/\./g, "");
  normalized = normalized.replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  const [whole, fraction = ""] = normalized.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

const BERLIN = "Europe/Berlin";
const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: BERLIN,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function berlinParts(at: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(at))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts;
}

function berlinOffsetMs(at: Date): number {
  const p = berlinParts(at);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** "2026-03-02T10:00" (or "2026-03-02", midnight) in Berlin time → the instant; null if invalid. */
export function parseBerlinDateTime(raw: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0"] = m.slice(1).map((v) => v ?? "0");
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59
  )
    return null;
  // The offset at the guessed instant, then once more at the result (daylight saving changes).
  let at = wall - berlinOffsetMs(new Date(wall));
  at = wall - berlinOffsetMs(new Date(at));
  return new Date(at);
}

/** The instant as a datetime-local value in Berlin time, for the form. */
export function toBerlinInput(at: Date): string {
  const p = berlinParts(at);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const text = (max: number, required: boolean) =>
  z
    .string({ error: "required" })
    .trim()
    .max(max, "tooLong")
    .refine((v) => !required || v.length > 0, "required");

const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .refine((v) => v === null || UUID.test(v), "invalidChoice");

const euros = (required: boolean) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") {
        if (required) ctx.addIssue({ code: "custom", message: "required" });
        return null;
      }
      const cents = parseEuros(v);
      if (cents === null || cents > MAX_CENTS) {
        ctx.addIssue({ code: "custom", message: "invalidAmount" });
        return z.NEVER;
      }
      return cents;
    });

const dateTime = z
  .string({ error: "required" })
  .trim()
  .transform((v, ctx) => {
    if (v === "") {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const at = parseBerlinDateTime(v);
    if (!at) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return at;
  });

/** The raw form: every field a string, as FormData delivers it. */
export const offerFormSchema = z
  .object({
    nameDe: text(120, true),
    nameEn: text(120, true),
    descriptionDe: text(500, false).prefault(""),
    descriptionEn: text(500, false).prefault(""),
    kind: z.enum(OFFER_KINDS, { error: "invalidChoice" }),
    value: z.string().trim().prefault(""),
    bonusSku: z.string().trim().max(64, "tooLong").prefault(""),
    target: z.enum(OFFER_TARGETS, { error: "invalidChoice" }),
    segmentId: optionalId.prefault(""),
    focusCategoryId: optionalId.prefault(""),
    voucher: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => v === "" || VOUCHER.test(v), "invalidVoucher")
      .prefault(""),
    startsAt: dateTime,
    endsAt: dateTime,
    budget: euros(false).prefault(""),
    minOrder: euros(false).prefault(""),
  })
  .transform((form, ctx) => {
    let value = 0;
    if (form.kind === "percent") {
      const n = /^\d+$/.test(form.value) ? Number(form.value) : NaN;
      if (!(n >= 1 && n <= MAX_PERCENT))
        ctx.addIssue({ code: "custom", path: ["value"], message: "invalidPercent" });
      else value = n;
    } else if (form.kind === "fixed") {
      const cents = parseEuros(form.value);
      if (cents === null || cents <= 0 || cents > MAX_CENTS)
        ctx.addIssue({ code: "custom", path: ["value"], message: "invalidFixed" });
      else value = cents;
    }
    if (form.kind === "bonus_product" && form.bonusSku === "")
      ctx.addIssue({ code: "custom", path: ["bonusSku"], message: "bonusRequired" });
    if (form.target === "segment" && !form.segmentId)
      ctx.addIssue({ code: "custom", path: ["segmentId"], message: "segmentRequired" });
    if (form.endsAt.getTime() <= form.startsAt.getTime())
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endsBeforeStart" });
    if (form.budget !== null && form.budget <= 0)
      ctx.addIssue({ code: "custom", path: ["budget"], message: "invalidAmount" });
    return {
      nameDe: form.nameDe,
      nameEn: form.nameEn,
      descriptionDe: form.descriptionDe,
      descriptionEn: form.descriptionEn,
      kind: form.kind,
      value,
      bonusSku: form.kind === "bonus_product" ? form.bonusSku : null,
      target: form.target,
      segmentId: form.target === "segment" ? form.segmentId : null,
      focusCategoryId: form.target === "personal" ? form.focusCategoryId : null,
      voucherCode: form.voucher === "" ? null : form.voucher,
      startsAt: form.startsAt,
      endsAt: form.endsAt,
      budgetCents: form.budget,
      minOrderCents: form.minOrder ?? 0,
    };
  });

export type OfferInput = z.output<typeof offerFormSchema>;
/** What the form sends: strings, as FormData has them. */
export type OfferFormInput = z.input<typeof offerFormSchema>;

export const OFFER_STATUS_COMMANDS = ["activate", "pause", "end"] as const;
export type OfferStatusCommand = (typeof OFFER_STATUS_COMMANDS)[number];
export const offerStatusSchema = z.object({
  offerId: z.string().regex(UUID, "invalidChoice"),
  command: z.enum(OFFER_STATUS_COMMANDS, { error: "invalidChoice" }),
});
