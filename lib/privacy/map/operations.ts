import { randomUUID } from "node:crypto";
import { auditLog, mailOutbox, rateLimits, retentionRuns } from "@/db/schema";
import { COMMERCIAL_LETTER_TEMPLATES, RETENTION } from "../retention";
import {
  accountId,
  key,
  nonPersonalTable,
  personal,
  personalTable,
  staff,
  recordTime,
  technical,
} from "./define";
import { ensureSampleUser } from "./samples";

export const OPERATIONS_TABLES = {
  mail_outbox: personalTable({
    table: mailOutbox,
    personal: true,
    description: { de: "Ausgangspostfach aller E-Mails", en: "Outbox of every e-mail" },
    category: "communication",
    exportLabel: { de: "Gesendete E-Mails", en: "E-mails sent" },
    columns: {
      id: key,
      user_id: accountId,
      to_email: personal("contact", "Empfängeradresse", "Recipient address"),
      locale: personal("communication", "Sprache", "Language"),
      template: personal("communication", "Art der Nachricht", "Kind of message"),
      subject: personal("communication", "Betreff", "Subject"),
      html: personal("communication", "Inhalt (HTML)", "Content (HTML)"),
      text: personal("communication", "Inhalt (Text)", "Content (text)"),
      headers: personal("communication", "Kopfzeilen", "Headers"),
      status: personal("communication", "Zustellstatus", "Delivery status"),
      attempts: technical,
      last_error: technical,
      created_at: personal("communication", "Erstellt am", "Created on"),
      sent_at: personal("communication", "Gesendet am", "Sent on"),
    },
    subject: { userColumn: "user_id", emailColumn: "to_email" },
    purposes: ["transactional-mail", "marketing", "accounting"],
    retention: {
      period: { days: RETENTION.mailDays },
      trigger: "recorded",
      column: "created_at",
      text: {
        de: `${RETENTION.mailDays} Tage; Geschäftsbriefe wie Bestellbestätigungen ${RETENTION.commercialLetterYears} Jahre nach Ende des Kalenderjahres (HGB §257).`,
        en: `${RETENTION.mailDays} days; commercial letters such as order confirmations ${RETENTION.commercialLetterYears} years after the end of the calendar year (HGB §257).`,
      },
      exception: {
        rows: { column: "template", in: COMMERCIAL_LETTER_TEMPLATES },
        period: { years: RETENTION.commercialLetterYears },
        trigger: "end-of-calendar-year",
        column: "created_at",
        law: "HGB §257 Abs. 1 Nr. 3, AO §147 Abs. 1 Nr. 3",
        text: {
          de: `Geschäftsbriefe (Bestell-, Widerrufs-, Rücksende- und Erstattungsbestätigungen): ${RETENTION.commercialLetterYears} Jahre nach Ende des Kalenderjahres.`,
          en: `Commercial letters (order, withdrawal, return and refund confirmations): ${RETENTION.commercialLetterYears} years after the end of the calendar year.`,
        },
      },
    },
    erasure: {
      action: "retain-restricted",
      rows: { column: "template", in: COMMERCIAL_LETTER_TEMPLATES },
      setNull: ["user_id"],
      reason: {
        de: `Kopien von Geschäftsbriefen wie Bestellbestätigungen müssen wir ${RETENTION.commercialLetterYears} Jahre aufbewahren (HGB §257); sie bleiben gesperrt. Alle anderen E-Mails werden gelöscht.`,
        en: `Copies of commercial letters such as order confirmations must be kept for ${RETENTION.commercialLetterYears} years (HGB §257); they stay restricted. Every other e-mail is deleted.`,
      },
    },
    recipients: ["mail-delivery"],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(mailOutbox).values({
        userId: subject.userId,
        toEmail: subject.email,
        locale: "de",
        template: "order-confirmation",
        subject: "Ihre Bestellung bei Vitrine",
        html: "<p>Vielen Dank für Ihre Bestellung.</p>",
        text: "Vielen Dank für Ihre Bestellung.",
        status: "sent",
        attempts: 1,
        sentAt: new Date(),
      });
    },
  }),

  audit_log: personalTable({
    table: auditLog,
    personal: true,
    description: {
      de: "Protokoll der Zugriffe und Änderungen durch Mitarbeitende (S9)",
      en: "Log of staff access and changes (S9)",
    },
    category: "account-security",
    exportLabel: { de: "Zugriffe auf Ihre Daten", en: "Access to your data" },
    columns: {
      id: key,
      actor_id: staff("Zugreifende Person", "Member of staff who acted"),
      actor_role: personal(
        "account-security",
        "Rolle der zugreifenden Person",
        "Role of who accessed",
      ),
      action: personal("account-security", "Vorgang", "Action"),
      entity: personal("account-security", "Betroffene Daten", "Data concerned"),
      entity_id: personal("account-security", "Betroffener Eintrag", "Record concerned"),
      subject_user_id: accountId,
      subject_pseudonym: personal("account-security", "Pseudonym", "Pseudonym"),
      details: personal("account-security", "Einzelheiten", "Details"),
      occurred_at: personal("account-security", "Zeitpunkt", "Time"),
    },
    subject: { userColumn: "subject_user_id" },
    purposes: ["staff-accountability"],
    retention: {
      period: { years: RETENTION.auditYears },
      trigger: "recorded",
      column: "occurred_at",
      law: "Art. 5 Abs. 2, Art. 32 DSGVO",
      text: { de: `${RETENTION.auditYears} Jahre.`, en: `${RETENTION.auditYears} years.` },
    },
    erasure: {
      action: "pseudonymize",
      setNull: ["subject_user_id"],
      keeps: ["subject_pseudonym"],
      reason: {
        de: "Das Zugriffsprotokoll bleibt nur unter einem Pseudonym erhalten; die Verbindung zu Ihrem Konto wird entfernt.",
        en: "The access log is kept only under a pseudonym; the link to your account is removed.",
      },
    },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(auditLog).values({
        actorRole: "privacy_officer",
        action: "view",
        entity: "orders",
        subjectUserId: subject.userId,
        subjectPseudonym: `p_${randomUUID().replaceAll("-", "").slice(0, 20)}`,
        details: { reason: "Auskunftsantrag" },
      });
    },
  }),

  retention_runs: nonPersonalTable({
    table: retentionRuns,
    personal: false,
    kind: "operational",
    description: {
      de: "Protokoll der Löschläufe (T1): Regel, Stichtag, Anzahl; keine Inhalte",
      en: "Log of retention sweeps (T1): rule, cutoff, counts; no contents",
    },
    columns: {
      id: key,
      job_id: technical,
      table_name: technical,
      cutoff: technical,
      removed: technical,
      changed: technical,
      ran_at: recordTime,
    },
    retention: {
      period: { years: 3 },
      trigger: "recorded",
      column: "ran_at",
      text: {
        de: "3 Jahre, als Nachweis der Löschungen (Art. 5(2) DSGVO).",
        en: "3 years, as proof of the deletions (GDPR Art. 5(2)).",
      },
    },
  }),

  rate_limits: nonPersonalTable({
    table: rateLimits,
    personal: false,
    kind: "operational",
    description: {
      de: "Zähler gegen Anmelde-Missbrauch (S2); Schlüssel sind Hashes, keine Adressen",
      en: "Counters against sign-in abuse (S2); keys are hashes, not addresses",
    },
    columns: {
      key: technical,
      count: technical,
      window_start: technical,
      expires_at: technical,
    },
    retention: {
      period: { days: 0 },
      trigger: "expiry",
      column: "expires_at",
      text: { de: "Bis das Zeitfenster abläuft.", en: "Until the window expires." },
    },
  }),
};
