import { behaviourEvents, consentEvents, statedInterests } from "@/db/schema";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { RETENTION } from "../retention";
import { accountId, key, personal, personalTable, reference } from "./define";
import { ensureSampleUser, sampleConsentSubjectId, sampleVariant } from "./samples";

export const CONSENT_TABLES = {
  consent_events: personalTable({
    table: consentEvents,
    personal: true,
    description: {
      de: "Einwilligungsnachweise (ISO/IEC TS 27560), nur anfügbar",
      en: "Consent records (ISO/IEC TS 27560), append-only",
    },
    category: "consent-proof",
    exportLabel: { de: "Einwilligungsverlauf", en: "Consent history" },
    columns: {
      id: key,
      subject_id: personal(
        "consent-proof",
        "Pseudonyme Kennung (aus dem Einwilligungs-Cookie)",
        "Pseudonymous id (from the consent cookie)",
      ),
      user_id: accountId,
      notice_version: personal(
        "consent-proof",
        "Version der Datenschutzhinweise",
        "Notice version",
      ),
      language: personal("consent-proof", "Sprache", "Language"),
      purposes: personal(
        "consent-proof",
        "Zwecke und Ihre Entscheidung",
        "Purposes and your decision",
      ),
      method: personal(
        "consent-proof",
        "Wie entschieden (Banner, Einstellungen, GPC)",
        "How decided (banner, settings, GPC)",
      ),
      gpc: personal(
        "consent-proof",
        "Global Privacy Control gesendet",
        "Global Privacy Control sent",
      ),
      jurisdiction: personal("consent-proof", "Rechtsraum", "Jurisdiction"),
      withdrawal_method: personal("consent-proof", "So widerrufen Sie", "How to withdraw"),
      recorded_at: personal("consent-proof", "Zeitpunkt", "Time"),
    },
    subject: { userColumn: "user_id", pseudonymColumn: "subject_id" },
    purposes: ["consent-proof"],
    retention: {
      period: { years: RETENTION.consentProofYears },
      trigger: "superseded",
      law: "Art. 7 Abs. 1 DSGVO, §195 BGB",
      text: {
        de: `${RETENTION.consentProofYears} Jahre, nachdem die Entscheidung nicht mehr gilt (ersetzt oder widerrufen).`,
        en: `${RETENTION.consentProofYears} years after the decision stops applying (replaced or withdrawn).`,
      },
    },
    erasure: {
      action: "pseudonymize",
      setNull: ["user_id"],
      keeps: ["subject_id"],
      reason: {
        de: "Der Nachweis Ihrer Einwilligungen bleibt nur unter der pseudonymen Kennung erhalten; die Verbindung zu Ihrem Konto wird entfernt.",
        en: "The proof of your consents is kept only under the pseudonymous id; the link to your account is removed.",
      },
    },
    recipients: [],
    source: ["customer", "shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(consentEvents).values({
        subjectId: sampleConsentSubjectId(),
        userId: subject.userId,
        noticeVersion: CONSENT_NOTICE_VERSION,
        language: "de",
        purposes: { preferences: true, analytics: false, personalization: true, marketing: false },
        method: "banner",
        withdrawalMethod: "Link „Datenschutz-Einstellungen“ im Fußbereich oder /account/privacy",
      });
    },
  }),

  behaviour_events: personalTable({
    table: behaviourEvents,
    personal: true,
    description: {
      de: "Nutzungsereignisse, nur mit Einwilligung (Statistik oder Personalisierung) erfasst",
      en: "Behaviour events, recorded only with consent (analytics or personalization)",
    },
    category: "behaviour",
    exportLabel: { de: "Nutzungsereignisse", en: "Behaviour events" },
    columns: {
      id: key,
      user_id: accountId,
      subject_id: personal(
        "behaviour",
        "Pseudonyme Kennung (aus dem Einwilligungs-Cookie)",
        "Pseudonymous id (from the consent cookie)",
      ),
      type: personal("behaviour", "Art des Ereignisses", "Kind of event"),
      purpose: personal("behaviour", "Erfasst mit Einwilligung für", "Recorded with consent for"),
      product_id: personal("behaviour", "Produkt", "Product"),
      category_id: personal("behaviour", "Kategorie", "Category"),
      query: personal("behaviour", "Suchbegriff", "Search term"),
      // The consent decision that allowed the event: a link to a consent_events row (structure).
      consent_event_id: reference,
      occurred_at: personal("behaviour", "Zeitpunkt", "Time"),
    },
    subject: { userColumn: "user_id", pseudonymColumn: "subject_id" },
    purposes: ["analytics", "personalization"],
    retention: {
      period: { days: RETENTION.behaviourEventDays },
      trigger: "recorded",
      column: "occurred_at",
      text: {
        de: `${RETENTION.behaviourEventDays} Tage; sofort gelöscht, wenn Sie die Einwilligung widerrufen, auf der sie beruhen.`,
        en: `${RETENTION.behaviourEventDays} days; deleted at once when you withdraw the consent they rest on.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const variant = await sampleVariant(db);
      await db.insert(behaviourEvents).values({
        userId: subject.userId,
        subjectId: sampleConsentSubjectId(),
        type: "product_view",
        purpose: "personalization",
        productId: variant.productId,
        categoryId: variant.categoryId,
      });
    },
  }),

  stated_interests: personalTable({
    table: statedInterests,
    personal: true,
    description: {
      de: "Von Kunden angegebene Interessen und „Nicht interessiert“-Markierungen (P3)",
      en: 'Interests customers stated and their "not interested" marks (P3)',
    },
    category: "stated-preference",
    exportLabel: { de: "Ihre Interessen", en: "Your interests" },
    columns: {
      id: key,
      user_id: accountId,
      category_id: personal("stated-preference", "Kategorie", "Category"),
      brand: personal("stated-preference", "Marke", "Brand"),
      sentiment: personal(
        "stated-preference",
        "Interessiert oder nicht interessiert",
        "Interested or not interested",
      ),
      created_at: personal("stated-preference", "Angegeben am", "Stated on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["personalization", "honour-choices"],
    retention: {
      period: { days: 0 },
      trigger: "account-closed",
      text: {
        de: "Bis Sie die Angabe entfernen oder Ihr Konto gelöscht wird.",
        en: "Until you remove it or your account is deleted.",
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const variant = await sampleVariant(db);
      await db.insert(statedInterests).values({
        userId: subject.userId,
        categoryId: variant.categoryId,
        sentiment: "interested",
      });
    },
  }),
};
