import type { StaffRole } from "@/lib/staff/roles";

/** The roles an admin can give, in the order the selects offer them. */
export const STAFF_ROLE_OPTIONS: readonly StaffRole[] = ["marketer", "privacy_officer", "admin"];
