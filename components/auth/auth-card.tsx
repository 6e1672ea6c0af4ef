export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md rounded-3xl border border-line bg-card p-6 sm:p-8">
      <h1 className="font-display text-3xl">{title}</h1>
      {intro ? <div className="mt-2 text-ink-soft">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}

export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="mb-4 rounded-lg border border-moss bg-paper px-3 py-2 text-sm text-moss">
      {children}
    </p>
  );
}
