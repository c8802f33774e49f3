"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/trpc/react";
import { checkNewPassword, NewPasswordFields, type TNewPasswordErrors } from "../../reset-password/new-password-fields";
import { signInAfterChange } from "../../reset-password/sign-in-after-change";

type TErrors = TNewPasswordErrors & { name?: string };

/** The invitee chooses a name and password; the account exists from then on and they are signed in. */
export function AcceptInvitationForm({ token, email, suggestedName }: { token: string; email: string; suggestedName: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<TErrors>({});
  const [signingIn, setSigningIn] = useState(false);
  const accept = useMutation(trpc.users.acceptInvitation.mutationOptions());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const found: TErrors = { ...checkNewPassword(password, String(data.get("confirm") ?? "")), ...(name ? {} : { name: "Enter your name, as colleagues should see it." }) };
    setErrors(found);
    if (found.name || found.password || found.confirm) return;
    try {
      await accept.mutateAsync({ token, name, password });
    } catch {
      return;
    }
    setSigningIn(true);
    router.replace((await signInAfterChange(email, password)) ? "/" : "/sign-in");
  }

  return (
    <form className="auth__form" onSubmit={handleSubmit} noValidate aria-busy={accept.isPending || signingIn || undefined}>
      {accept.isError && <Alert tone="danger" title="The invitation was not accepted">{trpcErrorMessage(accept.error)}</Alert>}
      <TextField id="invite-email" label="Email" value={email} readOnly autoComplete="username" hint="You sign in with this address." />
      <TextField
        id="invite-name"
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={suggestedName ?? ""}
        maxLength={200}
        autoFocus
        required
        error={errors.name}
        onChange={() => setErrors((current) => ({ ...current, name: undefined }))}
      />
      <NewPasswordFields label="Password" errors={errors} onEdit={() => setErrors((current) => ({ name: current.name }))} />
      <Button type="submit" variant="primary" size="lg" block loading={accept.isPending || signingIn}>
        Accept and sign in
      </Button>
    </form>
  );
}
