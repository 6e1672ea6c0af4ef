import type {
  CustomerCategory,
  LegalBasis,
  Localized,
  PersonalCategory,
  PurposeCode,
  RecipientCode,
  SourceCode,
} from "../data-map-types";

/** Each purpose with its one legal basis, so that a table's legal bases follow from its purposes. */
export const PURPOSES: Record<PurposeCode, { legalBasis: LegalBasis; text: Localized }> = {
  account: {
    legalBasis: "art-6-1-b",
    text: { de: "Ihr Kundenkonto führen", en: "Running your customer account" },
  },
  contract: {
    legalBasis: "art-6-1-b",
    text: {
      de: "Bestellungen annehmen, abwickeln und liefern",
      en: "Taking, processing and delivering your orders",
    },
  },
  payment: {
    legalBasis: "art-6-1-b",
    text: { de: "Zahlungen und Erstattungen abwickeln", en: "Taking payments and making refunds" },
  },
  accounting: {
    legalBasis: "art-6-1-c",
    text: {
      de: "Handels- und steuerrechtliche Aufbewahrungspflichten erfüllen (AO §147, HGB §257, UStG §14b)",
      en: "Keeping the records that commercial and tax law require (AO §147, HGB §257, UStG §14b)",
    },
  },
  "after-sales": {
    legalBasis: "art-6-1-b",
    text: {
      de: "Widerrufe, Rücksendungen und Umtausch bearbeiten",
      en: "Handling withdrawals, returns and exchanges",
    },
  },
  services: {
    legalBasis: "art-6-1-b",
    text: {
      de: "Dienste erbringen, die Sie angefordert haben (Reservierungen, Preisalarme)",
      en: "Providing services you asked for (reservations, price alerts)",
    },
  },
  security: {
    legalBasis: "art-6-1-f",
    text: {
      de: "Ihr Konto und den Shop schützen (Anmeldung, Sitzungen, zweiter Faktor, Missbrauchsschutz)",
      en: "Protecting your account and the shop (sign-in, sessions, second factor, abuse prevention)",
    },
  },
  "transactional-mail": {
    legalBasis: "art-6-1-b",
    text: {
      de: "Ihnen Nachrichten zu Konto, Bestellungen und Anträgen senden",
      en: "Sending you messages about your account, orders and requests",
    },
  },
  "consent-proof": {
    legalBasis: "art-6-1-c",
    text: {
      de: "Nachweisen, wie Sie über Ihre Einwilligungen entschieden haben (Art. 7 Abs. 1 DSGVO)",
      en: "Proving how you decided about your consents (GDPR Art. 7(1))",
    },
  },
  analytics: {
    legalBasis: "art-6-1-a",
    text: {
      de: "Den Shop anhand der Nutzung verbessern (Statistik)",
      en: "Improving the shop from how it is used (analytics)",
    },
  },
  personalization: {
    legalBasis: "art-6-1-a",
    text: {
      de: "Empfehlungen und Angebote auf Sie zuschneiden",
      en: "Tailoring recommendations and offers to you",
    },
  },
  marketing: {
    legalBasis: "art-6-1-a",
    text: { de: "Ihnen Werbung und Angebote senden", en: "Sending you advertising and offers" },
  },
  "honour-choices": {
    legalBasis: "art-6-1-c",
    text: {
      de: "Ihre Entscheidungen zu Personalisierung, Einschränkung und Widerspruch beachten (Art. 18, 21 DSGVO)",
      en: "Respecting your choices about personalization, restriction and objection (GDPR Art. 18, 21)",
    },
  },
  transparency: {
    legalBasis: "art-6-1-c",
    text: {
      de: "Ihnen zeigen, was wir personalisiert haben und warum (Art. 12, 15 DSGVO)",
      en: "Showing you what we personalized and why (GDPR Art. 12, 15)",
    },
  },
  "privacy-rights": {
    legalBasis: "art-6-1-c",
    text: {
      de: "Ihre Datenschutzanträge bearbeiten und ihre Erledigung nachweisen (Art. 12 bis 22 DSGVO)",
      en: "Answering your data protection requests and proving that we did (GDPR Art. 12 to 22)",
    },
  },
  "staff-accountability": {
    legalBasis: "art-6-1-c",
    text: {
      de: "Nachvollziehen, welche Mitarbeitenden auf Ihre Daten zugegriffen haben (Art. 5 Abs. 2, Art. 32 DSGVO)",
      en: "Recording which members of staff accessed your data (GDPR Art. 5(2), 32)",
    },
  },
};

export const LEGAL_BASIS_TEXT: Record<LegalBasis, Localized> = {
  "art-6-1-a": {
    de: "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)",
    en: "Consent (GDPR Art. 6(1)(a))",
  },
  "art-6-1-b": {
    de: "Vertrag und vorvertragliche Maßnahmen (Art. 6 Abs. 1 lit. b DSGVO)",
    en: "Contract and steps before a contract (GDPR Art. 6(1)(b))",
  },
  "art-6-1-c": {
    de: "Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)",
    en: "Legal obligation (GDPR Art. 6(1)(c))",
  },
  "art-6-1-f": {
    de: "Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)",
    en: "Legitimate interest (GDPR Art. 6(1)(f))",
  },
};

export const RECIPIENTS: Record<RecipientCode, Localized> = {
  "payment-provider": {
    de: "Zahlungsdienstleister (zur Abwicklung von Zahlung und Erstattung)",
    en: "Payment provider (to take payment and make refunds)",
  },
  carrier: {
    de: "Versanddienstleister (Name und Lieferadresse zur Zustellung)",
    en: "Carrier (name and delivery address, to deliver)",
  },
  "mail-delivery": {
    de: "E-Mail-Versanddienstleister (als Auftragsverarbeiter)",
    en: "E-mail delivery service (as our processor)",
  },
  accounting: {
    de: "Steuerberatung, Abschlussprüfung und Finanzbehörden (soweit gesetzlich vorgesehen)",
    en: "Tax advisers, auditors and tax authorities (where the law provides for it)",
  },
};

export const SOURCES: Record<SourceCode, Localized> = {
  customer: { de: "Von Ihnen angegeben", en: "Given by you" },
  "shop-systems": {
    de: "Von unseren Systemen bei Ihrer Nutzung des Shops erfasst",
    en: "Recorded by our systems as you use the shop",
  },
  derived: { de: "Von uns aus anderen Daten berechnet", en: "Computed by us from other data" },
  "payment-provider": {
    de: "Vom Zahlungsdienstleister gemeldet",
    en: "Reported by the payment provider",
  },
  staff: { de: "Von unseren Mitarbeitenden erfasst", en: "Entered by our staff" },
};

export const CATEGORY_TEXT: Record<PersonalCategory, { label: Localized; description: Localized }> =
  {
    identity: {
      label: { de: "Konto", en: "Account" },
      description: {
        de: "Wer Sie sind und wie Ihr Konto eingerichtet ist",
        en: "Who you are and how your account is set up",
      },
    },
    contact: {
      label: { de: "Kontaktdaten", en: "Contact details" },
      description: { de: "Wie wir Sie erreichen", en: "How we reach you" },
    },
    address: {
      label: { de: "Adressen", en: "Addresses" },
      description: {
        de: "Ihr Adressbuch für Lieferung und Rechnung",
        en: "Your address book for delivery and billing",
      },
    },
    "account-security": {
      label: { de: "Sicherheit und Zugriffe", en: "Security and access" },
      description: {
        de: "Anmeldungen, Sitzungen, Bestätigungslinks und Zugriffe unserer Mitarbeitenden auf Ihre Daten",
        en: "Sign-ins, sessions, confirmation links and our staff's access to your data",
      },
    },
    order: {
      label: {
        de: "Bestellungen, Warenkörbe und Reservierungen",
        en: "Orders, carts and reservations",
      },
      description: {
        de: "Was Sie in den Warenkorb gelegt, reserviert und gekauft haben, mit Rechnungen",
        en: "What you put in your cart, reserved and bought, with invoices",
      },
    },
    payment: {
      label: { de: "Zahlungen", en: "Payments" },
      description: {
        de: "Wie und wann Sie bezahlt haben und was erstattet wurde",
        en: "How and when you paid and what was refunded",
      },
    },
    "after-sales": {
      label: { de: "Widerrufe und Rücksendungen", en: "Withdrawals and returns" },
      description: {
        de: "Ihre Widerrufe, Rücksendungen und Umtausche",
        en: "Your withdrawals, returns and exchanges",
      },
    },
    "consent-proof": {
      label: { de: "Einwilligungsverlauf", en: "Consent history" },
      description: {
        de: "Jede Ihrer Entscheidungen über Cookies und Einwilligungen",
        en: "Every decision you made about cookies and consents",
      },
    },
    behaviour: {
      label: { de: "Nutzungsereignisse", en: "Behaviour events" },
      description: {
        de: "Angesehene Produkte und Kategorien und Suchen, nur mit Ihrer Einwilligung erfasst",
        en: "Products and categories viewed and searches, recorded only with your consent",
      },
    },
    "stated-preference": {
      label: { de: "Ihre Angaben und Wünsche", en: "Interests and alerts you set" },
      description: {
        de: "Interessen, „Nicht interessiert“-Markierungen, Personalisierungsstufe und Preisalarme",
        en: 'Interests, "not interested" marks, personalization level and price alerts',
      },
    },
    "derived-profile": {
      label: {
        de: "Abgeleitete Daten und Personalisierung",
        en: "Derived data and personalization",
      },
      description: {
        de: "Segmente, Interessenwerte, zugeteilte Angebote und das Protokoll personalisierter Entscheidungen",
        en: "Segments, affinity scores, offers given to you and the log of personalized decisions",
      },
    },
    communication: {
      label: { de: "Nachrichten", en: "Messages" },
      description: {
        de: "E-Mails, die wir Ihnen gesendet haben, und Ihr Newsletter-Abonnement",
        en: "E-mails we sent you and your newsletter subscription",
      },
    },
    request: {
      label: { de: "Datenschutzanträge", en: "Privacy requests" },
      description: {
        de: "Ihre Anträge auf Auskunft, Berichtigung, Löschung, Einschränkung und Widerspruch",
        en: "Your requests for access, rectification, erasure, restriction and objection",
      },
    },
    employee: {
      label: { de: "Daten von Mitarbeitenden", en: "Staff data" },
      description: {
        de: "Welche Mitarbeitenden Einträge angelegt oder bearbeitet haben",
        en: "Which members of staff created or handled records",
      },
    },
  };

/** The order of groups in the access view and the privacy notice. */
export const CUSTOMER_CATEGORY_ORDER: readonly CustomerCategory[] = [
  "identity",
  "contact",
  "address",
  "order",
  "payment",
  "after-sales",
  "stated-preference",
  "consent-proof",
  "behaviour",
  "derived-profile",
  "communication",
  "request",
  "account-security",
];
