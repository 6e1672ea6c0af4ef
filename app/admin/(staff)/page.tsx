import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminOverview } from "@/components/admin/admin-overview";
import { ALL_STAFF, requireRole } from "@/lib/auth/authorize";
import { isStaffRoleValue } from "@/lib/staff/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("overview.title") };
}

export default async function AdminOverviewPage() {
  const current = await requireRole(ALL_STAFF, "/admin");
  const { name, role } = current.user;
  if (!isStaffRoleValue(role)) notFound();
  return <AdminOverview user={{ name, role }} />;
}
