"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/trpc/react";
import { checkNewPassword, NewPasswordFields, type TNewPasswordErrors } from "../reset-password/new-password-fields";
import { signInAfterChange } from "../reset-password/sign-in-after-change";

type TErrors = TNewPasswordErrors & { current?: string };

/** Fields named by the server ("current_password", "new_password") under the matching input. */
function serverErrors(error: unknown): TErrors {
  const fields = (error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data?.fieldErrors ?? {};
  return { current: fields.current_password?.map((message) => `The current password ${message}.`).join(" "), password: fields.new_password?.join(", ") };
}

/**
 * Changing one's password: the current one proves it is them. The change ends
 * every session (this one too), so it signs in again with the new password
 * and goes on to `next`.
 */
export function ChangePasswordForm({ email, currentLabel = "Current password", next }: { email: string; currentLabel?: string; next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<TErrors>({});
  const [signingIn, setSigningIn] = useState(false);
  const change = useMutation(trpc.users.changePassword.mutationOptions());
  const fromServer = change.isError ? serverErrors(change.error) : {};
  const shown: TErrors = { current: errors.current ?? fromServer.current, password: errors.password ?? fromServer.password, confirm: errors.confirm };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const current = String(data.get("current") ?? "");
    const password = String(data.get("password") ?? "");
    const found: TErrors = { ...checkNewPassword(password, String(data.get("confirm") ?? "")), ...(current ? {} : { current: "Enter your current password." }) };
    setErrors(found);
    if (found.current || found.password || found.confirm) return;
    try {
      await change.mutateAsync({ current_password: current, new_password: password });
    } catch {
      return;
    }
    setSigningIn(true);
    const signedIn = await signInAfterChange(email, password);
    form.reset();
    router.replace(signedIn ? next : "/sign-in");
    router.refresh();
    setSigningIn(false);
  }

  function edited() {
    setErrors({});
    if (change.isError) change.reset();
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={change.isPending || signingIn || undefined}>
      {change.isError && !fromServer.current && !fromServer.password && <Alert tone="danger" title="The password was not changed">{trpcErrorMessage(change.error)}</Alert>}
      <TextField id="current-password" name="current" type="password" label={currentLabel} autoComplete="current-password" required error={shown.current} onChange={edited} />
      <NewPasswordFields errors={shown} onEdit={edited} />
      <div>
        <Button type="submit" variant="primary" loading={change.isPending || signingIn}>
          Change password
        </Button>
      </div>
    </form>
  );
}
