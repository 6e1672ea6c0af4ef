import { AccountNav, type AccountSection } from "./account-nav";

/** The frame of every signed-in account page: the account navigation, one h1, the content. */
export function AccountShell({
  current,
  subpage,
  title,
  intro,
  children,
}: {
  current: AccountSection;
  subpage?: boolean;
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-4xl">
      <AccountNav current={current} subpage={subpage} />
      <h1 className="mt-6 font-display text-3xl sm:text-4xl">{title}</h1>
      {intro ? <div className="mt-2 text-ink-soft">{intro}</div> : null}
      <div className="mt-6 space-y-8">{children}</div>
    </div>
  );
}

/** A page-level outcome (after a redirect), announced politely. */
export function StatusNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-lg border border-moss bg-card px-3 py-2 text-sm text-moss">
      {children}
    </p>
  );
}

/** A titled block of an account page, labelled by its own h2. */
export function AccountSectionCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-3xl border border-line bg-card p-5 sm:p-8"
    >
      <h2 id={`${id}-heading`} className="font-display text-2xl">
        {title}
      </h2>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
