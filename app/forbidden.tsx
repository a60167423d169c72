import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="font-serif text-5xl text-accent">403</p>
      <h1 className="mt-4 text-xl font-semibold">Your role does not allow this</h1>
      <p className="mt-2 text-stone-600">Ask an owner of the project for a role that can make changes.</p>
      <Link href="/projects" className="mt-6 inline-block text-accent underline underline-offset-4">
        Back to your projects
      </Link>
    </main>
  );
}
