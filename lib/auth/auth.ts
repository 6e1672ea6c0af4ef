import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type {} from "next-auth/jwt";
import { getDb } from "@/db/client";
import { authenticate, type SignInOutcome } from "@/lib/accounts/authenticate";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/accounts/sessions";
import { loadSecrets } from "@/lib/server/secrets";
import { accountLimits } from "./limits";
import { clientIp } from "./request-info";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Carries why a sign-in was refused to the action that asked, which words it for the user. */
export class SignInRefused extends CredentialsSignin {
  constructor(public readonly reason: Extract<SignInOutcome, { ok: false }>["reason"]) {
    super();
    this.code = reason;
  }
}

/**
 * Auth.js v5 with e-mail and password. The signed token carries only the id of a row in the
 * sessions table; lib/auth/session.ts checks that row on every request, so ending a session
 * takes effect at once on every device and instance (S3).
 */
export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: loadSecrets().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const limits = accountLimits();
        const outcome = await authenticate(await getDb(), {
          email,
          password,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
          now: new Date(),
          secret: loadSecrets().authSecret,
          limits: { account: limits.signInAccount, ip: limits.signInIp },
        });
        if (!outcome.ok) throw new SignInRefused(outcome.reason);
        return { id: outcome.userId, sid: outcome.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid };
    },
  },
}));
