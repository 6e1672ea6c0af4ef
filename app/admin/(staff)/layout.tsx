import type { Metadata } from "next";
import { AdminShell } from "@/components/admin/admin-shell";
import { ALL_STAFF, requireRole } from "@/lib/auth/authorize";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The staff area. The guard here keeps the frame from rendering for anyone else; each page and
 * action still checks its own role, because a layout is not re-run on every navigation.
 * accept-invite lives outside this group: it is public, the token is the proof.
 */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const current = await requireRole(ALL_STAFF, "/admin");
  return (
    <AdminShell user={{ name: current.user.name, role: current.user.role }}>{children}</AdminShell>
  );
}
