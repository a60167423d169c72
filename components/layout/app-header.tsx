import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { AuthUser } from "@/lib/auth/types";

export function AppHeader({ user }: { user: AuthUser }) {
  return (
    <header className="border-b border-stone-200 bg-white/80 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-6">
        <Link href="/projects" className="font-serif text-xl tracking-tight text-accent">
          Apparatus
        </Link>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/notes" className="text-stone-600 hover:text-accent">
            My notes
          </Link>
          <Link
            href="/settings"
            className="text-stone-600 hover:text-accent"
            title={`${user.email} — settings`}
          >
            {user.name ?? user.email}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
