/** The one style of every consent choice: "Accept all" and "Reject all" look exactly alike (C2). */
export function ChoiceButton({
  name,
  value,
  disabled,
  children,
}: {
  name: string;
  value: string;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={disabled}
      className="min-h-11 w-full rounded-lg border-2 border-ink bg-ink px-4 py-2 text-base font-semibold text-white disabled:opacity-70"
    >
      {children}
    </button>
  );
}
