"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { TextField } from "./ui/text-field";

const DEFAULT_DESTINATION = "/dashboard";

type TFieldErrors = { email?: string; password?: string };

function validate(email: string, password: string): TFieldErrors {
  const errors: TFieldErrors = {};
  if (!email) errors.email = "Enter your email address.";
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = "Enter a valid email address, like name@example.com.";
  if (!password) errors.password = "Enter your password.";
  return errors;
}

/**
 * What to say when sign-in fails. A wrong pair comes back as next-auth's code
 * "CredentialsSignin"; the server's own refusals (too many failed sign-ins,
 * busy) come back as their sentence, which `authorize` lets through on purpose
 * and is shown as it is. Any other next-auth code is one word.
 */
function signInErrorMessage(error: string | null | undefined): string {
  if (!error || error === "CredentialsSignin") return "Email or password is incorrect.";
  if (/^[A-Za-z]+$/.test(error)) return `Sign-in failed (${error}). Try again.`;
  return error;
}

/**
 * Only same-origin destinations: callbackUrl comes from the query string, so an absolute URL
 * elsewhere would make this page an open redirect. next-auth itself sends absolute same-origin URLs.
 */
function safeDestination(callbackUrl: string | null): string {
  if (!callbackUrl) return DEFAULT_DESTINATION;
  try {
    const url = new URL(callbackUrl, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname.startsWith("/sign-in")) return DEFAULT_DESTINATION;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_DESTINATION;
  }
}

export function SignInForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");

    const errors = validate(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    setSubmitting(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        // Stay in the loading state: the page is about to change.
        router.replace(safeDestination(searchParams.get("callbackUrl")));
        return;
      }
      setFormError(signInErrorMessage(result?.error));
      passwordRef.current?.select();
    } catch {
      setFormError("Could not reach the server. Check your connection and try again.");
    }
    setSubmitting(false);
  }

  function clearFieldError(field: keyof TFieldErrors) {
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  return (
    <form className="auth__form" onSubmit={handleSubmit} noValidate aria-busy={submitting || undefined}>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <TextField
        ref={emailRef}
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoFocus
        required
        error={fieldErrors.email}
        onChange={() => clearFieldError("email")}
      />
      <TextField
        ref={passwordRef}
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
        onChange={() => clearFieldError("password")}
      />
      <Button type="submit" variant="primary" size="lg" block loading={submitting}>
        Sign in
      </Button>
    </form>
  );
}
