import {
  customerProfiles,
  newsletterSubscriptions,
  offerAssignments,
  offers,
  personalizationLog,
  personalizationSettings,
  segmentMemberships,
  segments,
} from "@/db/schema";
import { RETENTION } from "../retention";
import {
  accountId,
  configuration,
  key,
  nonPersonalTable,
  personal,
  personalTable,
  recordTime,
  reference,
  secret,
  staff,
} from "./define";
import {
  ensureSampleUser,
  insertSampleOffer,
  insertSampleSegment,
  sampleTokenHash,
  sampleVariant,
} from "./samples";

const untilRecomputed = {
  period: { days: 0 },
  trigger: "superseded",
  text: {
    de: "Bis zur nächsten Berechnung; sofort gelöscht, wenn Sie die Einwilligung widerrufen oder der Profilbildung widersprechen.",
    en: "Until the next computation; deleted at once when you withdraw consent or object to profiling.",
  },
} as const;

const marketingConfiguration = {
  period: { days: 0 },
  trigger: "not-personal",
  text: {
    de: "Einstellungen des Marketings ohne Kundenbezug: solange sie gebraucht werden. Wer sie angelegt hat, wird mit dem Konto der Person entfernt.",
    en: "Marketing settings about no customer: as long as they are needed. Who created them is removed with that person's account.",
  },
} as const;

export const PERSONALIZATION_TABLES = {
  personalization_settings: personalTable({
    table: personalizationSettings,
    personal: true,
    description: {
      de: "Gewählte Personalisierungsstufe (P3)",
      en: "Chosen personalization level (P3)",
    },
    category: "stated-preference",
    exportLabel: { de: "Personalisierungsstufe", en: "Personalization level" },
    columns: {
      user_id: accountId,
      level: personal("stated-preference", "Personalisierungsstufe", "Personalization level"),
      updated_at: personal("stated-preference", "Geändert am", "Changed on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["honour-choices"],
    retention: {
      period: { days: 0 },
      trigger: "account-closed",
      text: { de: "Solange Ihr Konto besteht.", en: "As long as your account exists." },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db
        .insert(personalizationSettings)
        .values({ userId: subject.userId, level: "session" })
        .onConflictDoNothing();
    },
  }),

  segments: nonPersonalTable({
    table: segments,
    personal: false,
    kind: "configuration",
    description: { de: "Zielgruppen-Regeln des Marketings", en: "Marketing's audience rules" },
    columns: {
      id: key,
      slug: configuration,
      name_de: configuration,
      name_en: configuration,
      description_de: configuration,
      description_en: configuration,
      rules: configuration,
      status: configuration,
      created_by: staff("Angelegt von", "Created by"),
      created_at: recordTime,
      updated_at: recordTime,
    },
    retention: marketingConfiguration,
  }),

  segment_memberships: personalTable({
    table: segmentMemberships,
    personal: true,
    description: { de: "Berechnete Segmentzugehörigkeit", en: "Computed segment membership" },
    category: "derived-profile",
    exportLabel: { de: "Segmente", en: "Segments" },
    columns: {
      segment_id: personal("derived-profile", "Segment", "Segment"),
      user_id: accountId,
      computed_at: personal("derived-profile", "Berechnet am", "Computed on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["personalization", "marketing"],
    retention: untilRecomputed,
    erasure: { action: "delete" },
    recipients: [],
    source: ["derived"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const segmentId = await insertSampleSegment(db);
      await db.insert(segmentMemberships).values({ segmentId, userId: subject.userId });
    },
  }),

  customer_profiles: personalTable({
    table: customerProfiles,
    personal: true,
    description: { de: "Berechnete Interessenwerte", en: "Computed affinity scores" },
    category: "derived-profile",
    exportLabel: { de: "Interessenwerte", en: "Affinity scores" },
    columns: {
      user_id: accountId,
      category_affinities: personal(
        "derived-profile",
        "Interesse an Kategorien (berechnet)",
        "Interest in categories (computed)",
      ),
      brand_affinities: personal(
        "derived-profile",
        "Interesse an Marken (berechnet)",
        "Interest in brands (computed)",
      ),
      computed_at: personal("derived-profile", "Berechnet am", "Computed on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["personalization"],
    retention: untilRecomputed,
    erasure: { action: "delete" },
    recipients: [],
    source: ["derived"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const variant = await sampleVariant(db);
      await db
        .insert(customerProfiles)
        .values({
          userId: subject.userId,
          categoryAffinities: { [variant.categoryId]: 0.72 },
          brandAffinities: { Muster: 0.4 },
        })
        .onConflictDoNothing();
    },
  }),

  offers: nonPersonalTable({
    table: offers,
    personal: false,
    kind: "configuration",
    description: {
      de: "Angebote und Gutscheine; wem ein Angebot gilt, steht in den Zuteilungen",
      en: "Offers and vouchers; whom an offer is for is in the assignments",
    },
    columns: {
      id: key,
      slug: configuration,
      name_de: configuration,
      name_en: configuration,
      description_de: configuration,
      description_en: configuration,
      kind: configuration,
      value: configuration,
      bonus_variant_id: reference,
      voucher_code: configuration,
      target: configuration,
      segment_id: reference,
      focus_category_id: reference,
      min_order_cents: configuration,
      starts_at: configuration,
      ends_at: configuration,
      budget_cents: configuration,
      spent_cents: configuration,
      status: configuration,
      created_by: staff("Angelegt von", "Created by"),
      created_at: recordTime,
      updated_at: recordTime,
    },
    retention: marketingConfiguration,
  }),

  offer_assignments: personalTable({
    table: offerAssignments,
    personal: true,
    description: {
      de: "Einzelnen Kunden zugeteilte Angebote mit den Gründen der Auswahl (P2, P4)",
      en: "Offers given to single customers, with the reasons they were chosen (P2, P4)",
    },
    category: "derived-profile",
    exportLabel: { de: "Ihre Angebote", en: "Your offers" },
    columns: {
      id: key,
      offer_id: personal("derived-profile", "Angebot", "Offer"),
      user_id: accountId,
      automated: personal("derived-profile", "Automatisch ausgewählt", "Chosen automatically"),
      reasons: personal("derived-profile", "Gründe der Auswahl", "Why it was chosen"),
      assigned_at: personal("derived-profile", "Zugeteilt am", "Given on"),
      dismissed_at: personal("derived-profile", "Ausgeblendet am", "Dismissed on"),
      redeemed_at: personal("derived-profile", "Eingelöst am", "Redeemed on"),
      order_id: reference,
    },
    subject: { userColumn: "user_id" },
    purposes: ["personalization", "marketing"],
    retention: {
      period: { days: RETENTION.closedServiceDays },
      trigger: "closed",
      text: {
        de: `${RETENTION.closedServiceDays} Tage nach Ende des Angebots; sofort gelöscht, wenn Sie die Einwilligung widerrufen.`,
        en: `${RETENTION.closedServiceDays} days after the offer ended; deleted at once when you withdraw consent.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["derived"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const offerId = await insertSampleOffer(db);
      await db.insert(offerAssignments).values({
        offerId,
        userId: subject.userId,
        automated: true,
        reasons: [
          {
            signal: "replenishment",
            weight: 1,
            basis: "personalization_consent",
            subject: { de: "Espresso-Bohnen", en: "Espresso beans" },
            at: new Date().toISOString(),
            count: 3,
            intervalDays: 36,
          },
        ],
      });
    },
  }),

  personalization_log: personalTable({
    table: personalizationLog,
    personal: true,
    description: {
      de: "Protokoll personalisierter Entscheidungen (P7)",
      en: "Log of personalized decisions (P7)",
    },
    category: "derived-profile",
    exportLabel: { de: "Protokoll der Personalisierung", en: "Personalization log" },
    columns: {
      id: key,
      user_id: accountId,
      surface: personal("derived-profile", "Stelle im Shop", "Place in the shop"),
      decision: personal(
        "derived-profile",
        "Gezeigte Produkte und Angebote",
        "Products and offers shown",
      ),
      reasons: personal("derived-profile", "Gründe", "Reasons"),
      occurred_at: personal("derived-profile", "Zeitpunkt", "Time"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["personalization", "transparency"],
    retention: {
      period: { days: RETENTION.personalizationLogDays },
      trigger: "recorded",
      column: "occurred_at",
      text: {
        de: `${RETENTION.personalizationLogDays} Tage.`,
        en: `${RETENTION.personalizationLogDays} days.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["derived"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const variant = await sampleVariant(db);
      await db.insert(personalizationLog).values({
        userId: subject.userId,
        surface: "home",
        decision: { productIds: [variant.productId] },
        reasons: [
          {
            signal: "category_affinity",
            weight: 1,
            basis: "personalization_consent",
            subject: { de: "Kameras", en: "Cameras" },
          },
        ],
      });
    },
  }),

  newsletter_subscriptions: personalTable({
    table: newsletterSubscriptions,
    personal: true,
    description: {
      de: "Newsletter-Anmeldungen mit Double-Opt-in (UWG §7)",
      en: "Newsletter subscriptions with double opt-in (UWG §7)",
    },
    category: "communication",
    exportLabel: { de: "Newsletter", en: "Newsletter" },
    columns: {
      id: key,
      user_id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      status: personal("communication", "Status", "Status"),
      token_hash: secret(
        "Bestätigungs- und Abmeldetoken (nur als Hash)",
        "Confirmation and unsubscribe token (only as a hash)",
      ),
      requested_at: personal("communication", "Angemeldet am", "Signed up on"),
      confirmed_at: personal(
        "communication",
        "Bestätigt am (Double-Opt-in)",
        "Confirmed on (double opt-in)",
      ),
      unsubscribed_at: personal("communication", "Abgemeldet am", "Unsubscribed on"),
      locale: personal("communication", "Sprache", "Language"),
      consent_text: personal(
        "consent-proof",
        "Wortlaut der Einwilligung",
        "Wording of the consent",
      ),
    },
    subject: { userColumn: "user_id", emailColumn: "email" },
    purposes: ["marketing", "consent-proof"],
    retention: {
      period: { years: RETENTION.consentProofYears },
      trigger: "closed",
      column: "unsubscribed_at",
      law: "UWG §7, Art. 7 Abs. 1 DSGVO",
      text: {
        de: `Solange Sie den Newsletter beziehen; nach der Abmeldung ${RETENTION.consentProofYears} Jahre als Nachweis der Einwilligung. Unbestätigte Anmeldungen ${RETENTION.unconfirmedNewsletterDays} Tage.`,
        en: `While you receive the newsletter; ${RETENTION.consentProofYears} years after unsubscribing, as proof of consent. Unconfirmed sign-ups ${RETENTION.unconfirmedNewsletterDays} days.`,
      },
      exception: {
        rows: { column: "status", in: ["pending"] },
        period: { days: RETENTION.unconfirmedNewsletterDays },
        trigger: "recorded",
        column: "requested_at",
        text: {
          de: `Unbestätigte Anmeldungen: ${RETENTION.unconfirmedNewsletterDays} Tage.`,
          en: `Unconfirmed sign-ups: ${RETENTION.unconfirmedNewsletterDays} days.`,
        },
      },
    },
    erasure: { action: "delete" },
    recipients: ["mail-delivery"],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db
        .insert(newsletterSubscriptions)
        .values({
          userId: subject.userId,
          email: subject.email,
          status: "confirmed",
          tokenHash: sampleTokenHash(),
          confirmedAt: new Date(),
        })
        .onConflictDoNothing();
    },
  }),
};
