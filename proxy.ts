import { NextResponse, type NextRequest } from "next/server";
import {
  buildCsp,
  HSTS,
  isPersonalPath,
  isSameOriginPost,
  STATIC_SECURITY_HEADERS,
} from "@/lib/security/headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PROTECTED = ["/account", "/admin"];
const PUBLIC_EXCEPTIONS = ["/admin/accept-invite", "/account/confirm-email"];

/**
 * Headers for every response (S7), a per-request CSP nonce, and same-origin checks for posts
 * (S6). Redirecting signed-out visitors away from personal pages is a convenience only: every
 * page, action and route handler checks authorization itself (lib/auth/authorize.ts).
 */
/**
 * RFC 8058: mail providers send one-click unsubscribes as POSTs without our Origin; the HMAC in the
 * URL is the proof there, and the handler can only end a subscription.
 */
const CROSS_ORIGIN_POST_PATHS = new Set(["/api/newsletter/unsubscribe"]);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const dev = process.env.NODE_ENV === "development";
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = buildCsp(nonce, { dev, https });

  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS))
      response.headers.set(name, value);
    if (https && !dev) response.headers.set("Strict-Transport-Security", HSTS);
    if (isPersonalPath(pathname)) response.headers.set("Cache-Control", "no-store, max-age=0");
    return response;
  };

  if (
    request.method !== "GET" &&
    request.method !== "HEAD" &&
    request.method !== "OPTIONS" &&
    !(request.method === "POST" && CROSS_ORIGIN_POST_PATHS.has(request.nextUrl.pathname))
  ) {
    const allowed = process.env.APP_URL ? [new URL(process.env.APP_URL).origin] : [];
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!isSameOriginPost(request.headers.get("origin"), host, allowed)) {
      return secure(new NextResponse("Cross-origin request refused", { status: 403 }));
    }
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (
    request.method === "GET" &&
    !signedIn &&
    PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`)) &&
    !PUBLIC_EXCEPTIONS.some((p) => pathname.startsWith(p))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    return secure(NextResponse.redirect(url));
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  matcher: [
    // Everything but build assets and the generated product art (which sets its own headers).
    { source: "/((?!_next/static|_next/image|media/|favicon.ico).*)" },
  ],
};
