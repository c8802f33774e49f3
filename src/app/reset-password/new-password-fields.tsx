"use client";

import { TextField } from "@/components/ui/text-field";

export const MIN_PASSWORD_LENGTH = 10;

export type TNewPasswordErrors = { password?: string; confirm?: string };

/** The same rules as the server's (at least 10 characters), checked before sending so the form answers at once. */
export function checkNewPassword(password: string, confirm: string): TNewPasswordErrors {
  const errors: TNewPasswordErrors = {};
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  else if (password !== confirm) errors.confirm = "The two passwords differ.";
  return errors;
}

/** New password and its confirmation, for the invitation, reset, change-password and account pages. */
export function NewPasswordFields({ errors, onEdit, label = "New password" }: { errors: TNewPasswordErrors; onEdit: () => void; label?: string }) {
  return (
    <>
      <TextField
        id="new-password"
        name="password"
        type="password"
        label={label}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A passphrase of a few words is easy to type and hard to guess.`}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        required
        error={errors.password}
        onChange={onEdit}
      />
      <TextField id="confirm-password" name="confirm" type="password" label="Repeat the password" autoComplete="new-password" required error={errors.confirm} onChange={onEdit} />
    </>
  );
}
