import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import type { DatabaseHandle } from "@/db/engine/open";
import { mailOutbox } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { runJob } from "@/lib/jobs/runner";
import { deliverPendingMail, MAX_MAIL_ATTEMPTS } from "./delivery";
import { enqueueMail } from "./outbox";
import { renderMail } from "./templates";
import { createTransport, type MailTransport } from "./transport";

type Received = { from: string; to: string[]; raw: string };

let handle: DatabaseHandle;
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await handle?.close();
});

/** A port on which nothing listens: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Undoes quoted-printable soft line breaks and escapes, enough to find a link in the raw mail. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const rowsById = (ids: string[]) =>
  handle.db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));

describe("mail delivery", () => {
  it("delivers pending mails into the development mailbox when no SMTP_URL is set", async () => {
    const { db } = handle;
    const now = new Date("2026-11-28T10:00:00Z");
    expect(createTransport().kind).toBe("mailbox");

    const first = await enqueueMail(db, {
      to: "erika@example.com",
      locale: "de",
      content: { template: "verify-email", name: "Erika", link: "https://shop.example/v?t=1" },
    });
    // Enqueued inside the transaction of the change that causes it.
    const second = await db.transaction((tx) =>
      enqueueMail(tx, {
        to: "max@example.com",
        locale: "en",
        content: { template: "password-changed", name: "Max", resetLink: "https://shop.example/r" },
        headers: { "X-Vitrine-Reason": "security" },
      }),
    );

    const before = await rowsById([first.id, second.id]);
    expect(before.map((r) => r.status)).toEqual(["pending", "pending"]);
    const firstRow = before.find((r) => r.id === first.id)!;
    const expected = renderMail(
      { template: "verify-email", name: "Erika", link: "https://shop.example/v?t=1" },
      "de",
    );
    expect(firstRow).toMatchObject({
      template: "verify-email",
      locale: "de",
      toEmail: "erika@example.com",
      subject: expected.subject,
      html: expected.html,
      text: expected.text,
    });

    expect(await runJob("mail-delivery", { db, now })).toEqual({ sent: 2, failed: 0 });
    const after = await rowsById([first.id, second.id]);
    for (const row of after) {
      expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
      expect(row.sentAt?.toISOString()).toBe(now.toISOString());
    }
    expect(after.find((r) => r.id === second.id)?.headers).toEqual({
      "X-Vitrine-Reason": "security",
    });

    // Nothing is sent twice.
    expect(await runJob("mail-delivery", { db, now })).toEqual({ sent: 0, failed: 0 });
  });

  it("sends by SMTP with the right sender, recipient and subject", async () => {
    const { db } = handle;
    const now = new Date("2026-11-28T10:05:00Z");
    const transport = createTransport({ smtpUrl: `smtp://127.0.0.1:${smtpPort}` });
    expect(transport.kind).toBe("smtp");
    const link = "https://shop.example/verify?token=abc&next=%2F";
    const { id } = await enqueueMail(db, {
      to: "smtp-test@example.com",
      locale: "en",
      content: { template: "verify-email", name: "Sam", link },
    });

    expect(await deliverPendingMail(db, now, { transport })).toEqual({ sent: 1, failed: 0 });

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.to).toEqual(["smtp-test@example.com"]);
    expect(mail.from).toBe("no-reply@vitrine.example");
    expect(mail.raw).toMatch(/^Subject: Please confirm your e-mail address\r?$/m);
    expect(mail.raw).toMatch(/^From: Vitrine <no-reply@vitrine\.example>\r?$/m);
    expect(mail.raw).toContain(`Message-ID: <${id}@vitrine.example>`);
    expect(mail.raw).toContain("text/plain");
    expect(mail.raw).toContain("text/html");
    expect(decodeQuotedPrintable(mail.raw)).toContain(link);

    const [row] = await rowsById([id]);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row?.sentAt?.toISOString()).toBe(now.toISOString());
  });

  it("counts failed attempts and gives a mail up after the fifth", async () => {
    const { db } = handle;
    const now = new Date("2026-11-28T10:10:00Z");
    const transport = createTransport({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    const { id } = await enqueueMail(db, {
      to: "nobody@example.com",
      locale: "de",
      content: { template: "reset-password", name: "Niemand", link: "https://shop.example/r?t=2" },
    });

    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      expect(await deliverPendingMail(db, now, { transport })).toEqual({ sent: 0, failed: 1 });
      const [row] = await rowsById([id]);
      expect(row?.attempts).toBe(attempt);
      expect(row?.status).toBe(attempt < MAX_MAIL_ATTEMPTS ? "pending" : "failed");
      expect(row?.sentAt).toBeNull();
      expect(row?.lastError).toMatch(/ECONNREFUSED/);
      expect(row?.lastError?.length).toBeLessThanOrEqual(200);
      expect(row?.lastError).not.toMatch(/\n|\s+at\s/);
    }

    // A failed mail is not picked up again.
    expect(await deliverPendingMail(db, now, { transport })).toEqual({ sent: 0, failed: 0 });
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row?.attempts).toBe(MAX_MAIL_ATTEMPTS);
  });

  it("never sends a mail twice when two deliveries run at the same time", async () => {
    const { db } = handle;
    const now = new Date("2026-11-28T10:15:00Z");
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const { id } = await enqueueMail(db, {
        to: `parallel-${n}@example.com`,
        locale: "en",
        content: { template: "reset-password", name: `P${n}`, link: "https://shop.example/r" },
      });
      ids.push(id);
    }
    const sentIds: string[] = [];
    const slow: MailTransport = {
      kind: "mailbox",
      async send(mail) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        sentIds.push(mail.id);
      },
    };

    const results = await Promise.all([
      deliverPendingMail(db, now, { transport: slow }),
      deliverPendingMail(db, now, { transport: slow }),
    ]);

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    expect([...sentIds].sort()).toEqual([...ids].sort());
    expect((await rowsById(ids)).every((r) => r.status === "sent")).toBe(true);
  });
});
