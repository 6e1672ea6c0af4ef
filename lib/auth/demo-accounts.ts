import type { Role } from "@/db/schema";

/**
 * The demo accounts of contract.md. Their passwords are published in the README, so they exist
 * only in the embedded demo or with `npm run seed -- --demo`, never by accident in a deployment.
 * Staff second factors come from these fixed TOTP secrets (base32), so `npm run totp -- EMAIL`
 * can print the current code without opening the database.
 */
export type DemoAccount = {
  email: string;
  name: string;
  password: string;
  role: Role;
  totpSecret?: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "anna@example.com",
    name: "Anna Schneider",
    password: "Kaffee-und-Kamera-2026",
    role: "customer",
  },
  {
    email: "ben@example.com",
    name: "Ben Wagner",
    password: "Buecher-statt-Cookies",
    role: "customer",
  },
  {
    email: "marketing@example.com",
    name: "Mara Keller",
    password: "Kampagne-mit-Anstand",
    role: "marketer",
    totpSecret: "VITRINEMARKETINGDEMOSECRETKEYAAA",
  },
  {
    email: "privacy@example.com",
    name: "Paul Richter",
    password: "Auskunft-binnen-Monatsfrist",
    role: "privacy_officer",
    totpSecret: "VITRINEPRIVACYOFFICERDEMOSECRET2",
  },
  {
    email: "admin@example.com",
    name: "Ada Hoffmann",
    password: "Schluesselbund-im-Tresor",
    role: "admin",
    totpSecret: "VITRINEADMINDEMOSECRETKEYABCDEF2",
  },
];

export function isDemoEmail(email: string): boolean {
  return DEMO_ACCOUNTS.some((a) => a.email === email.toLowerCase());
}
