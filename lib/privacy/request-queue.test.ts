import { describe, expect, it } from "vitest";
import {
  cleanReason,
  dueDate,
  extendedDueDate,
  MAX_REASON_LENGTH,
  requestReference,
  toQueueEntries,
  transitionProblem,
  wasExtended,
  type QueueRow,
} from "./requests";

const NOW = new Date("2026-06-15T10:00:00Z");

function row(id: string, receivedAt: string, extra: Partial<QueueRow> = {}): QueueRow {
  const received = new Date(receivedAt);
  return {
    id,
    kind: "access",
    status: "received",
    receivedAt: received,
    dueAt: dueDate(received),
    userId: null,
    ...extra,
  };
}

describe("the officer's queue (R6)", () => {
  it("lists open requests only, overdue first, then by due date", () => {
    const entries = toQueueEntries(
      [
        row("c0000000-0000-0000-0000-000000000003", "2026-06-10T08:00:00Z"),
        row("a0000000-0000-0000-0000-000000000001", "2026-05-01T08:00:00Z"),
        row("d0000000-0000-0000-0000-000000000004", "2026-05-02T08:00:00Z", {
          status: "completed",
        }),
        row("b0000000-0000-0000-0000-000000000002", "2026-05-20T08:00:00Z", {
          status: "in_progress",
        }),
        row("e0000000-0000-0000-0000-000000000005", "2026-04-01T08:00:00Z", {
          status: "extended",
          dueAt: extendedDueDate(new Date("2026-04-01T08:00:00Z")),
        }),
        row("f0000000-0000-0000-0000-000000000006", "2026-04-01T08:00:00Z", { status: "refused" }),
      ],
      NOW,
    );
    expect(entries.map((e) => e.reference)).toEqual([
      "A0000000",
      "B0000000",
      "E0000000",
      "C0000000",
    ]);
    expect(entries.map((e) => [e.overdue, e.daysLeft])).toEqual([
      [true, -15],
      [false, 4],
      [false, 15],
      [false, 24],
    ]);
    expect(entries.every((e) => e.guest)).toBe(true);
  });

  it("marks a request due later today as not overdue, with no day left", () => {
    const [entry] = toQueueEntries(
      [row("a0000000-0000-0000-0000-000000000001", "2026-05-15T18:00:00Z", { userId: "u" })],
      NOW,
    );
    expect(entry).toMatchObject({ overdue: false, daysLeft: 0, guest: false });
  });
});

describe("the officer's steps (Art. 12(3), (4))", () => {
  const received = new Date("2026-06-01T09:00:00Z");
  const open = { status: "received" as const, receivedAt: received, dueAt: dueDate(received) };

  it("allows start only once, and nothing on a closed request", () => {
    expect(transitionProblem(open, "start", NOW)).toBeNull();
    expect(transitionProblem({ ...open, status: "in_progress" }, "start", NOW)).toBe(
      "already_started",
    );
    for (const status of ["completed", "refused"] as const) {
      for (const action of ["start", "extend", "complete", "refuse"] as const) {
        expect(transitionProblem({ ...open, status }, action, NOW)).toBe("closed");
      }
    }
  });

  it("extends once, and only within the first month", () => {
    expect(transitionProblem(open, "extend", NOW)).toBeNull();
    const extended = { ...open, status: "extended" as const, dueAt: extendedDueDate(received) };
    expect(wasExtended(extended)).toBe(true);
    expect(wasExtended(open)).toBe(false);
    expect(transitionProblem(extended, "extend", NOW)).toBe("already_extended");
    // In progress after an extension still counts as extended (the due date says so).
    expect(transitionProblem({ ...extended, status: "in_progress" }, "extend", NOW)).toBe(
      "already_extended",
    );
    expect(transitionProblem(open, "extend", new Date("2026-07-01T09:00:01Z"))).toBe(
      "extension_too_late",
    );
    expect(transitionProblem(open, "extend", new Date("2026-07-01T09:00:00Z"))).toBeNull();
  });

  it("lets an extended request still be completed or refused", () => {
    const extended = { ...open, status: "extended" as const, dueAt: extendedDueDate(received) };
    expect(transitionProblem(extended, "complete", NOW)).toBeNull();
    expect(transitionProblem(extended, "refuse", NOW)).toBeNull();
  });

  it("keeps a reason trimmed and bounded, and treats blank as none", () => {
    expect(cleanReason("  Viele Anträge gleichzeitig.  ")).toBe("Viele Anträge gleichzeitig.");
    expect(cleanReason("   ")).toBeNull();
    expect(cleanReason(undefined)).toBeNull();
    expect(cleanReason(42)).toBeNull();
    expect(cleanReason("x".repeat(MAX_REASON_LENGTH + 50))).toHaveLength(MAX_REASON_LENGTH);
  });

  it("gives a short reference from the id", () => {
    expect(requestReference("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")).toBe("0F1E2D3C");
  });
});
