import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="font-serif text-5xl text-accent">404</p>
      <h1 className="mt-4 text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">
        This page does not exist, or it belongs to a project you are not a member of.
      </p>
      <Link href="/projects" className="mt-6 inline-block text-accent underline underline-offset-4">
        Back to your projects
      </Link>
    </main>
  );
}
