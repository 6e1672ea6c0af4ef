"use client";

/** Prints the records (Art. 30(3): they must be available in writing); not printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-full bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-ink/90 print:hidden"
    >
      {label}
    </button>
  );
}
