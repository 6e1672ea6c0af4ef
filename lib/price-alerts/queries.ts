import "server-only";
import { getDb } from "@/db/client";
import {
  getActiveAlert,
  listAlertNotices,
  listAlerts,
  type AlertListItem,
  type AlertNotice,
} from "./listing";

/** The signed-in customer's alerts for their pages; `userId` comes only from the session. */
export async function listAlertsForUser(userId: string): Promise<AlertListItem[]> {
  return listAlerts(await getDb(), userId);
}

export async function listAlertNoticesForUser(userId: string): Promise<AlertNotice[]> {
  return listAlertNotices(await getDb(), userId);
}

export async function getActiveAlertForUser(input: { userId: string; productId: string }) {
  return getActiveAlert(await getDb(), input);
}
