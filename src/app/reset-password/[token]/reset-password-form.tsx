"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { checkNewPassword, NewPasswordFields, type TNewPasswordErrors } from "../new-password-fields";
import { signInAfterChange } from "../sign-in-after-change";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<TNewPasswordErrors>({});
  const [signingIn, setSigningIn] = useState(false);
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get("password") ?? "");
    const found = checkNewPassword(password, String(data.get("confirm") ?? ""));
    setErrors(found);
    if (found.password || found.confirm) return;
    try {
      await reset.mutateAsync({ token, password });
    } catch {
      return;
    }
    setSigningIn(true);
    router.replace((await signInAfterChange(email, password)) ? "/" : "/sign-in");
  }

  return (
    <form className="auth__form" onSubmit={handleSubmit} noValidate aria-busy={reset.isPending || signingIn || undefined}>
      <p className="text-muted">
        For <strong>{email}</strong>. Setting it signs you out everywhere else.
      </p>
      {reset.isError && (
        <Alert tone="danger" title="The password was not changed">
          {trpcErrorMessage(reset.error)} <Link href="/reset-password">Ask for a new link</Link>
        </Alert>
      )}
      <NewPasswordFields errors={errors} onEdit={() => setErrors({})} />
      <Button type="submit" variant="primary" size="lg" block loading={reset.isPending || signingIn}>
        Set password and sign in
      </Button>
    </form>
  );
}
