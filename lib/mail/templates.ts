import { createTranslator } from "next-intl";
import de from "./messages/de.json";
import en from "./messages/en.json";

export type MailLocale = "de" | "en";
export type StaffRole = "marketer" | "privacy_officer" | "admin";

/** Every mail the shop sends; `template` is stored in `mail_outbox.template`. */
export type MailContent =
  | { template: "verify-email"; name: string; link: string }
  | { template: "reset-password"; name: string; link: string }
  /** Sent to the NEW address; the change applies only after this link is opened. */
  | { template: "change-email"; name: string; link: string; newEmail: string }
  /** Notice to the OLD address once the change has applied. */
  | { template: "email-changed"; name: string; newEmail: string }
  /** Sign-up with an address that already has an account: the form answers as usual (enumeration-safe). */
  | { template: "sign-up-existing"; name: string; signInLink: string; resetLink: string }
  | { template: "password-changed"; name: string; resetLink: string }
  | {
      template: "staff-invite";
      name: string;
      link: string;
      role: StaffRole;
      invitedByName: string;
    };

export type MailTemplate = MailContent["template"];
export type RenderedMail = { subject: string; html: string; text: string };

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long the links in these mails work: the token issuers use the same figures as the text. */
export const MAIL_LINK_TTL_MS = {
  "verify-email": 24 * HOUR_MS,
  "change-email": 24 * HOUR_MS,
  "reset-password": 1 * HOUR_MS,
  "staff-invite": 7 * DAY_MS,
} as const satisfies Partial<Record<MailTemplate, number>>;

export const MAIL_MESSAGES: Record<MailLocale, typeof de> = { de, en };

const COLOURS = {
  ink: "#1c2333",
  inkSoft: "#4a5163",
  brass: "#9a6b1f",
  paper: "#f6f3ee",
  card: "#ffffff",
  line: "#e4ddd0",
};
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function translatorFor(locale: MailLocale) {
  return createTranslator({
    locale,
    messages: MAIL_MESSAGES[locale],
    timeZone: "Europe/Berlin",
    // A missing string in a mail is a bug: fail loudly (the tests render every template).
    onError: (error) => {
      throw error;
    },
  });
}
type Translator = ReturnType<typeof translatorFor>;

type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "action"; label: string; url: string; validity?: string };

type MailLayout = {
  subject: string;
  preheader: string;
  heading: string;
  blocks: Block[];
  reason: string;
};

type Namespace =
  | "verifyEmail"
  | "resetPassword"
  | "changeEmail"
  | "emailChanged"
  | "signUpExisting"
  | "passwordChanged"
  | "staffInvite";

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/** Only absolute http(s) links go into a mail: never `javascript:` or a relative path. */
function action(label: string, url: string, validity?: string): Block {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`Mail link is not an absolute URL: ${url}`);
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new Error(`Mail link must use http(s): ${url}`);
  }
  return { kind: "action", label, url, validity };
}

function validity(t: Translator, ttlMs: number): string {
  return ttlMs >= 2 * DAY_MS && ttlMs % DAY_MS === 0
    ? t("layout.validDays", { days: ttlMs / DAY_MS })
    : t("layout.validHours", { hours: ttlMs / HOUR_MS });
}

function frame(t: Translator, ns: Namespace, blocks: Block[]): MailLayout {
  return {
    subject: t(`${ns}.subject`),
    preheader: t(`${ns}.preheader`),
    heading: t(`${ns}.heading`),
    blocks,
    reason: t(`${ns}.reason`),
  };
}

function layoutFor(content: MailContent, t: Translator): MailLayout {
  switch (content.template) {
    case "verify-email":
      return frame(t, "verifyEmail", [
        paragraph(t("verifyEmail.intro")),
        action(
          t("verifyEmail.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["verify-email"]),
        ),
        paragraph(t("verifyEmail.ignore")),
      ]);
    case "reset-password":
      return frame(t, "resetPassword", [
        paragraph(t("resetPassword.intro")),
        action(
          t("resetPassword.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["reset-password"]),
        ),
        paragraph(t("resetPassword.ignore")),
      ]);
    case "change-email":
      return frame(t, "changeEmail", [
        paragraph(t("changeEmail.intro", { newEmail: content.newEmail })),
        action(
          t("changeEmail.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["change-email"]),
        ),
        paragraph(t("changeEmail.ignore")),
      ]);
    case "email-changed":
      return frame(t, "emailChanged", [
        paragraph(t("emailChanged.intro", { newEmail: content.newEmail })),
        paragraph(t("emailChanged.notYou")),
      ]);
    case "sign-up-existing":
      return frame(t, "signUpExisting", [
        paragraph(t("signUpExisting.intro")),
        action(t("signUpExisting.signInButton"), content.signInLink),
        paragraph(t("signUpExisting.resetIntro")),
        action(t("signUpExisting.resetButton"), content.resetLink),
        paragraph(t("signUpExisting.ignore")),
      ]);
    case "password-changed":
      return frame(t, "passwordChanged", [
        paragraph(t("passwordChanged.intro")),
        paragraph(t("passwordChanged.notYou")),
        action(t("passwordChanged.button"), content.resetLink),
      ]);
    case "staff-invite":
      return frame(t, "staffInvite", [
        paragraph(
          t("staffInvite.intro", {
            invitedByName: content.invitedByName,
            role: t(`staffInvite.roles.${content.role}`),
          }),
        ),
        paragraph(t("staffInvite.setup")),
        action(
          t("staffInvite.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["staff-invite"]),
        ),
        paragraph(t("staffInvite.ignore")),
      ]);
    default: {
      const unknown: never = content;
      throw new Error(`Unknown mail template: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function pStyle(size = 16, colour = COLOURS.ink, margin = "0 0 16px"): string {
  return `margin:${margin};font-family:${FONT};font-size:${size}px;line-height:1.5;color:${colour};`;
}

function htmlBlock(block: Block, t: Translator): string {
  if (block.kind === "paragraph") return `<p style="${pStyle()}">${escapeHtml(block.text)}</p>`;
  const url = escapeHtml(block.url);
  const small = pStyle(14, COLOURS.inkSoft);
  const validityLine = block.validity
    ? `\n<p style="${small}">${escapeHtml(block.validity)}</p>`
    : "";
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px;">
<tr><td style="border-radius:6px;background-color:${COLOURS.ink};">
<a href="${url}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:bold;line-height:1.25;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>
</td></tr>
</table>
<p style="${small}">${escapeHtml(t("layout.buttonFallback"))}<br><a href="${url}" target="_blank" rel="noopener" style="color:${COLOURS.brass};text-decoration:underline;word-break:break-all;">${url}</a></p>${validityLine}`;
}

function renderHtml(
  layout: MailLayout,
  greeting: string,
  locale: MailLocale,
  t: Translator,
): string {
  const body = layout.blocks.map((block) => htmlBlock(block, t)).join("\n");
  const footer = (text: string, margin = "0 0 8px") =>
    `<p style="${pStyle(13, COLOURS.inkSoft, margin)}">${escapeHtml(text)}</p>`;
  return `<!DOCTYPE html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(layout.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLOURS.paper};">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(layout.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLOURS.paper};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:${COLOURS.card};border:1px solid ${COLOURS.line};border-radius:8px;">
<tr><td style="padding:24px 32px;border-bottom:3px solid ${COLOURS.brass};font-family:Georgia, 'Times New Roman', serif;font-size:28px;font-weight:bold;letter-spacing:0.5px;color:${COLOURS.ink};">Vitrine<span style="color:${COLOURS.brass};">.</span></td></tr>
<tr><td style="padding:32px;">
<h1 style="margin:0 0 24px;font-family:${FONT};font-size:24px;line-height:1.3;color:${COLOURS.ink};">${escapeHtml(layout.heading)}</h1>
<p style="${pStyle()}">${escapeHtml(greeting)}</p>
${body}
<p style="${pStyle(16, COLOURS.ink, "24px 0 0")}">${escapeHtml(t("layout.signoff"))}<br>${escapeHtml(t("layout.team"))}</p>
</td></tr>
<tr><td style="padding:24px 32px;background-color:${COLOURS.paper};border-top:1px solid ${COLOURS.line};border-radius:0 0 8px 8px;">
${footer(layout.reason)}
${footer(t("layout.automatic"))}
${footer(t("layout.company"), "0")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function renderText(layout: MailLayout, greeting: string, t: Translator): string {
  const blocks = layout.blocks.map((block) =>
    block.kind === "paragraph"
      ? block.text
      : [`${block.label}:`, block.url, ...(block.validity ? [block.validity] : [])].join("\n"),
  );
  return [
    layout.heading,
    greeting,
    ...blocks,
    `${t("layout.signoff")}\n${t("layout.team")}`,
    `-- \n${layout.reason}\n${t("layout.automatic")}\n${t("layout.company")}`,
  ].join("\n\n");
}

/** Renders a mail in the recipient's language: subject, a complete HTML document and plain text. */
export function renderMail(content: MailContent, locale: MailLocale): RenderedMail {
  const t = translatorFor(locale);
  const layout = layoutFor(content, t);
  const name = content.name.trim();
  const greeting = name ? t("layout.greeting", { name }) : t("layout.greetingNoName");
  return {
    subject: layout.subject,
    html: renderHtml(layout, greeting, locale, t),
    text: `${renderText(layout, greeting, t)}\n`,
  };
}
