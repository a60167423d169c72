"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function ExternalSignIn({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  return (
    <div className="mt-6 space-y-2 border-t border-stone-200 pt-4">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          className="w-full py-2"
          onClick={() => signIn(provider.id, { callbackUrl })}
        >
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  );
}
