/**
 * `npm run totp -- EMAIL` prints the current second-factor code of a demo staff account, from the
 * fixed secret in DEMO_ACCOUNTS. It opens no database, so it works whether or not the shop runs.
 */
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { currentTotp, totpSecondsRemaining } from "@/lib/auth/totp";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const staff = DEMO_ACCOUNTS.filter((a) => a.role !== "customer" && a.totpSecret);
const staffList = staff.map((a) => `  ${a.email}`).join("\n");
const email = process.argv[2]?.trim().toLowerCase();

if (!email) fail(`Usage: npm run totp -- EMAIL\nDemo staff accounts:\n${staffList}`);

const account = DEMO_ACCOUNTS.find((a) => a.email === email);
if (!account) fail(`${email} is not a demo account. Demo staff accounts:\n${staffList}`);
if (account.role === "customer" || !account.totpSecret) {
  fail(
    `${email} is a customer account and has no second factor. Demo staff accounts:\n${staffList}`,
  );
}

const now = new Date();
const seconds = totpSecondsRemaining(now);
process.stdout.write(
  `${currentTotp(account.totpSecret, now)}  (${account.email}, valid for ${seconds} more second${seconds === 1 ? "" : "s"})\n`,
);
