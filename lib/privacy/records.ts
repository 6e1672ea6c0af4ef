/**
 * Records of processing activities (GDPR Art. 30(1), T2), generated from the data map: per
 * purpose its legal basis, the categories of data and of data subjects, recipients, retention and
 * sources, plus the controller and the technical and organisational measures (Art. 32).
 */
import type {
  ColumnClass,
  Localized,
  MapLocale,
  PersonalCategory,
  PersonalEntry,
  PurposeCode,
  TableName,
} from "./data-map-types";
import {
  getPersonalEntry,
  isCustomerColumn,
  isStaffColumn,
  personalTables,
  staffColumns,
  getTableEntry,
} from "./data-map";
import {
  CATEGORY_TEXT,
  CUSTOMER_CATEGORY_ORDER,
  LEGAL_BASIS_TEXT,
  PURPOSES,
  RECIPIENTS,
  SOURCES,
} from "./map/vocabulary";

/** The controller (Art. 30(1)(a)), as the imprint names it (components/legal/imprint-content.tsx). */
export const CONTROLLER = {
  name: "Vitrine Demo GmbH",
  street: "Musterstraße 1",
  postalCode: "10115",
  city: "Berlin",
  country: { de: "Deutschland", en: "Germany" } satisfies Localized,
  representative: "Erika Musterfrau",
  email: "kontakt@vitrine.example",
  privacyEmail: "datenschutz@vitrine.example",
  phone: "+49 30 000000-0",
} as const;

/**
 * Technical and organisational measures (Art. 30(1)(g), 32): only what this application does
 * (README "Accounts and security", architecture.md "Security boundaries").
 */
export const SAFEGUARDS: readonly { key: string; text: Localized }[] = [
  {
    key: "passwords",
    text: {
      de: "Passwörter nur als argon2id-Hash (19 MiB, t = 2, p = 1), mindestens 12 Zeichen, geprüft gegen eine Liste häufiger Passwörter; Tokens, Links und Wiederherstellungscodes nur als Hash.",
      en: "Passwords stored only as argon2id hashes (19 MiB, t = 2, p = 1), at least 12 characters, checked against a list of common passwords; tokens, links and recovery codes only as hashes.",
    },
  },
  {
    key: "transport",
    text: {
      de: "Verschlüsselte Übertragung (TLS) mit HSTS im Betrieb; Sitzungs-Cookies HttpOnly und SameSite=Lax, im Betrieb Secure.",
      en: "Encrypted transport (TLS) with HSTS in production; session cookies HttpOnly and SameSite=Lax, Secure in production.",
    },
  },
  {
    key: "headers",
    text: {
      de: "Content-Security-Policy mit einer Nonce je Anfrage und weitere Sicherheits-Header; Seiten mit personenbezogenen Daten werden nicht zwischengespeichert (no-store); Formulare anderer Herkunft werden abgewiesen.",
      en: "Content Security Policy with a nonce per request and further security headers; pages with personal data are never cached (no-store); posts from other origins are refused.",
    },
  },
  {
    key: "sessions",
    text: {
      de: "Serverseitige Sitzungen in der Datenbank: einsehbar und einzeln beendbar; alle enden bei Passwortänderung und Kontolöschung.",
      en: "Server-side sessions in the database: listed and ended one by one; all end at a password change and at erasure.",
    },
  },
  {
    key: "access",
    text: {
      de: "Rollenbasierte Zugriffe (Kunde, Marketing, Datenschutz, Administration), geprüft in jeder Server-Aktion und jedem Endpunkt; Abfragen nur auf die eigenen Daten; Mitarbeitende mit zweitem Faktor (TOTP) und Einmal-Wiederherstellungscodes; Marketing sieht nur Summen.",
      en: "Role-based access (customer, marketer, privacy officer, admin), checked in every server action and route handler; queries scoped to the owner; staff with a second factor (TOTP) and one-time recovery codes; marketers see aggregates only.",
    },
  },
  {
    key: "audit",
    text: {
      de: "Protokoll jedes Zugriffs von Mitarbeitenden auf personenbezogene Daten, lesbar für die Datenschutzbeauftragte Person.",
      en: "A log of every staff access to personal data, readable by the privacy officer.",
    },
  },
  {
    key: "rate-limits",
    text: {
      de: "Begrenzung fehlgeschlagener Anmeldungen und E-Mail auslösender Anfragen je Konto und je IP-Adresse; Antworten verraten nicht, ob ein Konto besteht.",
      en: "Rate limits on failed sign-ins and on requests that send e-mail, per account and per IP address; answers never reveal whether an account exists.",
    },
  },
  {
    key: "consent",
    text: {
      de: "Einwilligungsnachweise als nur anfügbares Protokoll (ISO/IEC TS 27560); jede Verarbeitung, die eine Einwilligung braucht, prüft sie auf dem Server; Global Privacy Control wird beachtet.",
      en: "Consent records in an append-only ledger (ISO/IEC TS 27560); every processing that needs consent checks it on the server; Global Privacy Control is honoured.",
    },
  },
  {
    key: "minimisation",
    text: {
      de: "Datenminimierung und datenschutzfreundliche Voreinstellungen: optionale Zwecke sind aus; Segmente erst ab 50 Personen; Käufe sensibler Kategorien nie für Personalisierung.",
      en: "Data minimisation and privacy by default: optional purposes start off; segments only from 50 people; purchases in sensitive categories never used for personalization.",
    },
  },
  {
    key: "retention",
    text: {
      de: "Speicherfristen aus dem Datenverzeichnis, durchgesetzt von geplanten Löschläufen mit Protokoll; Löschung eines Kontos in einer Transaktion, Einwilligungsnachweise und Zugriffsprotokoll nur noch unter Pseudonym.",
      en: "Retention periods from the data map, enforced by scheduled and logged sweeps; erasure of an account in one transaction, consent proof and the access log kept only under a pseudonym.",
    },
  },
  {
    key: "data-map",
    text: {
      de: "Jede Tabelle und Spalte ist im Datenverzeichnis eingeordnet; ein Test schlägt fehl, wenn eine neue Spalte fehlt, damit nichts Auskunft, Export und Löschung entgeht.",
      en: "Every table and column is classified in the data map; a test fails when a new column is missing, so that nothing escapes access, export and erasure.",
    },
  },
];

export type SubjectKind = "customers" | "guests" | "staff";
export const SUBJECT_KINDS: readonly SubjectKind[] = ["customers", "guests", "staff"];

export type RecordTable = {
  table: TableName;
  label: string;
  description: string;
  retention: string;
};

export type ProcessingRecord = {
  purpose: PurposeCode;
  name: string;
  legalBasis: string;
  dataCategories: string[];
  subjects: SubjectKind[];
  recipients: string[];
  sources: string[];
  tables: RecordTable[];
};

/** One record per purpose of the data map, in the order the vocabulary lists them. */
export function recordsOfProcessing(locale: MapLocale): ProcessingRecord[] {
  const tables = personalTables();
  return (Object.keys(PURPOSES) as PurposeCode[]).map((purpose) => {
    const using = tables.filter(([, entry]) => entry.purposes.includes(purpose));
    const entries = using.map(([, entry]) => entry);
    return {
      purpose,
      name: PURPOSES[purpose].text[locale],
      legalBasis: LEGAL_BASIS_TEXT[PURPOSES[purpose].legalBasis][locale],
      dataCategories: dataCategoriesOf(entries).map((c) => CATEGORY_TEXT[c].label[locale]),
      subjects: SUBJECT_KINDS.filter((kind) =>
        using.some(([table, entry]) => subjectKindsOf(table, entry).includes(kind)),
      ),
      recipients: unique(entries.flatMap((e) => e.recipients)).map((r) => RECIPIENTS[r][locale]),
      sources: unique(entries.flatMap((e) => e.source)).map((s) => SOURCES[s][locale]),
      tables: using.map(([table, entry]) => ({
        table,
        label: entry.exportLabel[locale],
        description: entry.description[locale],
        retention: entry.retention.text[locale],
      })),
    };
  });
}

const CATEGORY_ORDER: readonly PersonalCategory[] = [...CUSTOMER_CATEGORY_ORDER, "employee"];

/** The categories of the columns the tables hold (an order holds contact, address and payment data too). */
function dataCategoriesOf(entries: PersonalEntry[]): PersonalCategory[] {
  const found = new Set<PersonalCategory>();
  for (const entry of entries) {
    for (const column of Object.values(entry.columns as Record<string, ColumnClass>)) {
      if (isCustomerColumn(column) || isStaffColumn(column)) found.add(column.category);
    }
  }
  return CATEGORY_ORDER.filter((category) => found.has(category));
}

/**
 * Whose data a table holds: customers always; guests where rows are also found by an e-mail
 * address or a consent id (directly or through the parent row); staff where a column names a
 * member of staff, and in accounts and sign-in data, since staff have accounts too.
 */
export function subjectKindsOf(table: TableName, entry: PersonalEntry): SubjectKind[] {
  const kinds: SubjectKind[] = ["customers"];
  if (reachesGuests(table)) kinds.push("guests");
  const staffColumn = Object.values(entry.columns as Record<string, ColumnClass>).some(
    isStaffColumn,
  );
  if (staffColumn || entry.category === "identity" || entry.category === "account-security") {
    kinds.push("staff");
  }
  return kinds;
}

function reachesGuests(table: TableName): boolean {
  const lookup = getPersonalEntry(table).subject;
  if ("via" in lookup) return reachesGuests(lookup.via.parentTable);
  return Boolean(lookup.emailColumn || lookup.pseudonymColumn);
}

export type StaffDataRecord = { table: TableName; tableDescription: string; column: string };

/** Where data about members of staff sits (who created an offer, who handled a request ...). */
export function staffDataRecords(locale: MapLocale): StaffDataRecord[] {
  return staffColumns().map(({ table, label }) => ({
    table,
    tableDescription: getTableEntry(table).description[locale],
    column: label[locale],
  }));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
