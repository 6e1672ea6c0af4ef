import { privacyRequests, processingLimits } from "@/db/schema";
import { RETENTION } from "../retention";
import { accountId, key, personal, personalTable, staff } from "./define";
import { daysFromNow, ensureSampleUser } from "./samples";

export const PRIVACY_TABLES = {
  privacy_requests: personalTable({
    table: privacyRequests,
    personal: true,
    description: {
      de: "Datenschutzanträge von Kunden und Gästen (Art. 12 bis 22 DSGVO)",
      en: "Data protection requests of customers and guests (GDPR Art. 12 to 22)",
    },
    category: "request",
    exportLabel: { de: "Ihre Anträge", en: "Your requests" },
    columns: {
      id: key,
      user_id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      kind: personal("request", "Art des Antrags", "Kind of request"),
      status: personal("request", "Status", "Status"),
      details: personal("request", "Ihre Angaben", "Details you gave"),
      received_at: personal("request", "Eingegangen am", "Received on"),
      due_at: personal("request", "Frist", "Due on"),
      completed_at: personal("request", "Erledigt am", "Completed on"),
      status_reason: personal(
        "request",
        "Begründung (Verlängerung oder Ablehnung)",
        "Reason (extension or refusal)",
      ),
      handled_by: staff("Bearbeitet von", "Handled by"),
    },
    subject: { userColumn: "user_id", emailColumn: "email" },
    purposes: ["privacy-rights"],
    retention: {
      period: { years: RETENTION.privacyRequestYears },
      trigger: "closed",
      column: "completed_at",
      law: "Art. 5 Abs. 2 DSGVO, §195 BGB",
      text: {
        de: `${RETENTION.privacyRequestYears} Jahre nach Erledigung, als Nachweis der Bearbeitung.`,
        en: `${RETENTION.privacyRequestYears} years after completion, as proof that it was handled.`,
      },
    },
    erasure: {
      action: "retain-restricted",
      reason: {
        de: `Ihre Anträge, auch der Löschantrag, bleiben ${RETENTION.privacyRequestYears} Jahre als Nachweis ihrer Bearbeitung gesperrt erhalten (Art. 5 Abs. 2 DSGVO).`,
        en: `Your requests, the erasure request included, are kept restricted for ${RETENTION.privacyRequestYears} years as proof that they were handled (GDPR Art. 5(2)).`,
      },
      setNull: ["user_id"],
    },
    recipients: ["mail-delivery"],
    source: ["customer", "staff"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(privacyRequests).values({
        userId: subject.userId,
        email: subject.email,
        kind: "access",
        details: { note: "Bitte senden Sie mir eine Kopie meiner Daten." },
        dueAt: daysFromNow(30),
      });
    },
  }),

  processing_limits: personalTable({
    table: processingLimits,
    personal: true,
    description: {
      de: "Einschränkungen (Art. 18) und Widersprüche (Art. 21) je Zweck",
      en: "Restrictions (Art. 18) and objections (Art. 21) per purpose",
    },
    category: "request",
    exportLabel: { de: "Einschränkungen und Widersprüche", en: "Restrictions and objections" },
    columns: {
      id: key,
      user_id: accountId,
      kind: personal("request", "Einschränkung oder Widerspruch", "Restriction or objection"),
      purpose: personal("request", "Zweck", "Purpose"),
      created_at: personal("request", "Seit", "Since"),
      lifted_at: personal("request", "Aufgehoben am", "Lifted on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["honour-choices"],
    retention: {
      period: { years: RETENTION.privacyRequestYears },
      trigger: "closed",
      column: "lifted_at",
      text: {
        de: `Solange sie gelten; nach der Aufhebung ${RETENTION.privacyRequestYears} Jahre als Nachweis.`,
        en: `While in force; ${RETENTION.privacyRequestYears} years after being lifted, as proof.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db
        .insert(processingLimits)
        .values({ userId: subject.userId, kind: "objection", purpose: "marketing" });
    },
  }),
};
