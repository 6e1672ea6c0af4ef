import {
  addresses,
  recoveryCodes,
  sessions,
  staffMfa,
  users,
  verificationTokens,
} from "@/db/schema";
import { RETENTION } from "../retention";
import { accountId, key, personal, personalTable, recordTime, secret, technical } from "./define";
import { daysFromNow, ensureSampleUser, SAMPLE_ADDRESS, sampleTokenHash } from "./samples";

const whileAccountExists = {
  period: { days: 0 },
  trigger: "account-closed",
  text: {
    de: "Solange Ihr Konto besteht; mit dem Konto gelöscht.",
    en: "As long as your account exists; deleted with it.",
  },
} as const;

export const ACCOUNT_TABLES = {
  users: personalTable({
    table: users,
    personal: true,
    description: {
      de: "Kundenkonten und Konten der Mitarbeitenden",
      en: "Customer and staff accounts",
    },
    category: "identity",
    exportLabel: { de: "Konto", en: "Account" },
    columns: {
      id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      email_verified_at: personal(
        "account-security",
        "E-Mail-Adresse bestätigt am",
        "E-mail address confirmed on",
      ),
      password_hash: secret(
        "Passwort (nur als nicht umkehrbarer Hash)",
        "Password (only as a one-way hash)",
      ),
      name: personal("identity", "Name", "Name"),
      phone: personal("contact", "Telefonnummer", "Phone number"),
      role: personal("identity", "Kontoart", "Account type"),
      confirmed_adult_at: personal(
        "identity",
        "Volljährigkeit bestätigt am",
        "Confirmed being 18 or older on",
      ),
      locale: personal("identity", "Sprache", "Language"),
      created_at: personal("identity", "Konto angelegt am", "Account created on"),
      updated_at: recordTime,
      last_sign_in_at: personal("account-security", "Letzte Anmeldung", "Last sign-in"),
    },
    subject: { userColumn: "id" },
    purposes: ["account", "security"],
    retention: whileAccountExists,
    erasure: { action: "delete" },
    recipients: ["mail-delivery"],
    source: ["customer", "shop-systems"],
    factory: ensureSampleUser,
  }),

  staff_mfa: personalTable({
    table: staffMfa,
    personal: true,
    description: {
      de: "Zweiter Faktor (TOTP) der Konten von Mitarbeitenden",
      en: "Second factor (TOTP) of staff accounts",
    },
    category: "account-security",
    exportLabel: { de: "Zweiter Faktor", en: "Second factor" },
    columns: {
      user_id: accountId,
      totp_secret: secret("Geheimer Schlüssel des zweiten Faktors", "Second-factor secret key"),
      last_used_step: personal(
        "account-security",
        "Zuletzt verwendeter Code (Zeitschritt)",
        "Last code used (time step)",
      ),
      enabled_at: personal("account-security", "Eingerichtet am", "Set up on"),
      created_at: recordTime,
    },
    subject: { userColumn: "user_id" },
    purposes: ["security"],
    retention: {
      ...whileAccountExists,
      text: {
        de: "Solange das Konto besteht oder bis der zweite Faktor neu eingerichtet wird.",
        en: "As long as the account exists or until the second factor is set up again.",
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db
        .insert(staffMfa)
        .values({ userId: subject.userId, totpSecret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() })
        .onConflictDoNothing();
    },
  }),

  recovery_codes: personalTable({
    table: recoveryCodes,
    personal: true,
    description: {
      de: "Einmal-Wiederherstellungscodes für den zweiten Faktor",
      en: "One-time recovery codes for the second factor",
    },
    category: "account-security",
    exportLabel: { de: "Wiederherstellungscodes", en: "Recovery codes" },
    columns: {
      id: key,
      user_id: accountId,
      code_hash: secret("Wiederherstellungscode (nur als Hash)", "Recovery code (only as a hash)"),
      used_at: personal("account-security", "Verwendet am", "Used on"),
      created_at: recordTime,
    },
    subject: { userColumn: "user_id" },
    purposes: ["security"],
    retention: {
      ...whileAccountExists,
      text: {
        de: "Bis neue Codes erzeugt werden oder das Konto gelöscht wird.",
        en: "Until new codes are generated or the account is deleted.",
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db
        .insert(recoveryCodes)
        .values({ userId: subject.userId, codeHash: sampleTokenHash() });
    },
  }),

  sessions: personalTable({
    table: sessions,
    personal: true,
    description: { de: "Angemeldete Sitzungen (S3)", en: "Signed-in sessions (S3)" },
    category: "account-security",
    exportLabel: { de: "Sitzungen", en: "Sessions" },
    columns: {
      id: key,
      user_id: accountId,
      user_agent: personal("account-security", "Browser und Gerät", "Browser and device"),
      created_at: personal("account-security", "Angemeldet am", "Signed in on"),
      last_used_at: personal("account-security", "Zuletzt aktiv", "Last active"),
      expires_at: technical,
      revoked_at: personal("account-security", "Beendet am", "Ended on"),
      second_factor_at: personal(
        "account-security",
        "Zweiter Faktor bestätigt am",
        "Second factor given on",
      ),
      reauthenticated_at: personal(
        "account-security",
        "Passwort erneut bestätigt am",
        "Password confirmed again on",
      ),
    },
    subject: { userColumn: "user_id" },
    purposes: ["security"],
    retention: {
      period: { days: 0 },
      trigger: "expiry",
      column: "expires_at",
      text: {
        de: `Bis die Sitzung abläuft (höchstens ${RETENTION.sessionDays} Tage); beendete Sitzungen ebenfalls bis dahin.`,
        en: `Until the session expires (at most ${RETENTION.sessionDays} days); ended sessions until then too.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(sessions).values({
        userId: subject.userId,
        userAgent:
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
        expiresAt: daysFromNow(RETENTION.sessionDays),
      });
    },
  }),

  verification_tokens: personalTable({
    table: verificationTokens,
    personal: true,
    description: {
      de: "Einmal-Links per E-Mail (Bestätigung, Passwort, Gast-Anträge); nur der Hash des Tokens",
      en: "One-time links sent by e-mail (confirmation, password, guest requests); only the token's hash",
    },
    category: "account-security",
    exportLabel: { de: "Bestätigungslinks", en: "Confirmation links" },
    columns: {
      id: key,
      user_id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      purpose: personal("account-security", "Art des Links", "Kind of link"),
      token_hash: secret("Token (nur als Hash)", "Token (only as a hash)"),
      expires_at: technical,
      used_at: personal("account-security", "Verwendet am", "Used on"),
      created_at: personal("account-security", "Gesendet am", "Sent on"),
    },
    subject: { userColumn: "user_id", emailColumn: "email" },
    purposes: ["security", "account", "privacy-rights"],
    retention: {
      period: { days: 0 },
      trigger: "expiry",
      column: "expires_at",
      text: { de: "Bis der Link abläuft.", en: "Until the link expires." },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(verificationTokens).values({
        userId: subject.userId,
        email: subject.email,
        purpose: "verify_email",
        tokenHash: sampleTokenHash(),
        expiresAt: daysFromNow(1),
      });
    },
  }),

  addresses: personalTable({
    table: addresses,
    personal: true,
    description: { de: "Adressbuch der Kundinnen und Kunden", en: "Customers' address books" },
    category: "address",
    exportLabel: { de: "Adressen", en: "Addresses" },
    columns: {
      id: key,
      user_id: accountId,
      full_name: personal("address", "Name", "Name"),
      company: personal("address", "Firma", "Company"),
      street: personal("address", "Straße und Hausnummer", "Street and number"),
      address_line2: personal("address", "Adresszusatz", "Address line 2"),
      postal_code: personal("address", "Postleitzahl", "Postal code"),
      city: personal("address", "Ort", "City"),
      country: personal("address", "Land", "Country"),
      phone: personal("contact", "Telefonnummer", "Phone number"),
      is_default_shipping: personal(
        "address",
        "Standard-Lieferadresse",
        "Default delivery address",
      ),
      is_default_billing: personal(
        "address",
        "Standard-Rechnungsadresse",
        "Default billing address",
      ),
      created_at: recordTime,
      updated_at: recordTime,
    },
    subject: { userColumn: "user_id" },
    purposes: ["account", "contract"],
    retention: {
      ...whileAccountExists,
      text: {
        de: "Bis Sie die Adresse löschen oder Ihr Konto gelöscht wird. Bestellungen behalten ihre eigene Kopie der Adresse.",
        en: "Until you delete the address or your account is deleted. Orders keep their own copy of the address.",
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      await db.insert(addresses).values({
        userId: subject.userId,
        ...SAMPLE_ADDRESS,
        isDefaultShipping: true,
        isDefaultBilling: true,
      });
    },
  }),
};
