"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/trpc/react";

/** "Forgot password?": the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const request = useMutation(trpc.users.requestPasswordReset.mutationOptions());

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      setError("Enter a valid email address, like name@example.com.");
      return;
    }
    setError(null);
    request.mutate({ email: address });
  }

  if (request.isSuccess) {
    return (
      <div className="stack">
        <Alert tone="success" title="Check your email">
          If {email.trim()} has an account, a link to choose a new password is on its way. It works once, for a limited time.
        </Alert>
        <Link href="/sign-in">Back to sign-in</Link>
      </div>
    );
  }
  return (
    <form className="auth__form" onSubmit={handleSubmit} noValidate aria-busy={request.isPending || undefined}>
      {request.isError && <Alert tone="danger">{trpcErrorMessage(request.error)}</Alert>}
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoFocus
        required
        value={email}
        error={error ?? undefined}
        onChange={(event) => {
          setEmail(event.target.value);
          setError(null);
        }}
      />
      <Button type="submit" variant="primary" size="lg" block loading={request.isPending}>
        Email me a link
      </Button>
      <Link href="/sign-in">Back to sign-in</Link>
    </form>
  );
}
