/** Security headers (S7), pure so that they can be unit-tested. */

export function buildCsp(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Next.js streams inline scripts for hydration; each carries this request's nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (next/image, generated art) are harmless without script; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(self), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const HSTS = "max-age=63072000; includeSubDomains";

/** Paths whose responses contain personal data and must never be stored by a cache (S7). */
const PERSONAL_PREFIXES = [
  "/account",
  "/admin",
  "/dev",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/checkout",
  "/cart",
  "/privacy-request",
  "/api/account",
];

export function isPersonalPath(pathname: string): boolean {
  return PERSONAL_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * A state-changing request must come from this site (S6): its Origin must be present and name
 * the host it was sent to. `Origin: null` (sandboxed frames, some redirects) is refused.
 */
export function isSameOriginPost(
  origin: string | null,
  host: string | null,
  allowedOrigins: readonly string[],
): boolean {
  if (!origin || origin === "null" || !host) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.host === host) return true;
  return allowedOrigins.includes(url.origin);
}
