import { describe, expect, it } from "vitest";
import { downloadFileName, guestRequestSchema, toConfirmState } from "./answer";

const TEXT = {
  invalid: "Link invalid",
  download: (reference: string) => `Copy ${reference} ready`,
  queued: (reference: string, dueAt: Date) => `Request ${reference} due ${dueAt.toISOString()}`,
};
const NOW = new Date("2026-05-03T12:00:00Z");

describe("the guest request form's input (R7)", () => {
  it("accepts an address, a kind and optional details", () => {
    expect(
      guestRequestSchema.parse({ email: " Gast@Example.com ", kind: "export", details: "  " }),
    ).toEqual({ email: "Gast@Example.com", kind: "export", details: null });
    expect(
      guestRequestSchema.parse({ email: "gast@example.com", kind: "erasure", details: null }),
    ).toMatchObject({ details: null });
    expect(
      guestRequestSchema.parse({
        email: "gast@example.com",
        kind: "objection",
        details: " Werbung ",
      }),
    ).toMatchObject({ details: "Werbung" });
  });

  it("answers bad input with the catalogue keys of each field", () => {
    const result = guestRequestSchema.safeParse({
      email: "no address",
      kind: "everything",
      details: "x".repeat(1001),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(messages).toEqual({
      email: "emailInvalid",
      kind: "errors.kind",
      details: "errors.detailsTooLong",
    });
  });
});

describe("the confirmation's answer", () => {
  it("carries the copy itself for access and export, as a dated JSON file", () => {
    const json = JSON.stringify({ categories: [] });
    expect(
      toConfirmState(
        { status: "download", kind: "export", reference: "AB12CD34", json },
        TEXT,
        NOW,
      ),
    ).toEqual({
      status: "download",
      message: "Copy AB12CD34 ready",
      reference: "AB12CD34",
      fileName: "vitrine-data-2026-05-03.json",
      json,
    });
    expect(downloadFileName(new Date("2027-01-09T23:00:00Z"))).toBe("vitrine-data-2027-01-09.json");
  });

  it("gives the due date of a queued request", () => {
    const dueAt = new Date("2026-06-03T12:00:00Z");
    expect(
      toConfirmState(
        { status: "queued", kind: "erasure", reference: "AB12CD34", dueAt },
        TEXT,
        NOW,
      ),
    ).toEqual({
      status: "queued",
      message: "Request AB12CD34 due 2026-06-03T12:00:00.000Z",
      reference: "AB12CD34",
      dueAt: "2026-06-03T12:00:00.000Z",
    });
  });

  it("says only that the link is not valid, with no data, when it is not", () => {
    expect(toConfirmState({ status: "invalid" }, TEXT, NOW)).toEqual({
      status: "error",
      message: "Link invalid",
    });
  });
});
