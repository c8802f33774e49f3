"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/text-field";
import type { TApiKeyScope } from "@/server/auth/api-keys";
import { useTRPC } from "@/trpc/react";
import type { TNewApiKey } from "./api-key-secret-dialog";
import { apiKeyScopes, scopeDescriptions } from "./scope-meta";

type TErrors = { name?: string; scopes?: string };

/** Server field errors ("name", "scopes.0") as messages under the matching control. */
function errorsFrom(error: unknown): TErrors | null {
  const fieldErrors = (error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data?.fieldErrors;
  if (!fieldErrors) return null;
  const errors: TErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field === "name") errors.name = `Name ${messages.join(", ")}`;
    else if (field.startsWith("scopes")) errors.scopes = `Scopes: ${messages.join(", ")}`;
  }
  return errors.name || errors.scopes ? errors : null;
}

export function CreateApiKeyForm({ onCreated }: { onCreated: (key: TNewApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scopesErrorId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TApiKeyScope[]>(["notifications:write"]);
  const [clientErrors, setClientErrors] = useState<TErrors>({});
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: (key) => {
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() });
        setName("");
        onCreated({ name: key.name, secret: key.secret });
      },
    }),
  );
  const serverErrors = create.isError ? errorsFrom(create.error) : null;
  const errors: TErrors = { name: clientErrors.name ?? serverErrors?.name, scopes: clientErrors.scopes ?? serverErrors?.scopes };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: TErrors = {};
    if (!name.trim()) found.name = "Enter a name, e.g. the system that will use the key.";
    if (scopes.length === 0) found.scopes = "Choose at least one scope.";
    setClientErrors(found);
    if (found.name) nameRef.current?.focus();
    if (found.name || found.scopes) return;
    create.mutate({ name: name.trim(), scopes });
  }

  // Editing a field clears the errors about it: from this form and from the last attempt.
  function edited(field: keyof TErrors) {
    setClientErrors((current) => ({ ...current, [field]: undefined }));
    if (create.isError) create.reset();
  }

  function toggleScope(scope: TApiKeyScope, on: boolean) {
    edited("scopes");
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  }

  return (
    <form className="stack api-key-form" onSubmit={handleSubmit} noValidate>
      <TextField
        ref={nameRef}
        label="Name"
        hint="Unique; names the system that uses the key, e.g. executor-prod."
        value={name}
        maxLength={100}
        autoComplete="off"
        error={errors.name}
        onChange={(event) => {
          setName(event.target.value);
          edited("name");
        }}
      />
      <fieldset className="scope-fieldset" aria-describedby={errors.scopes ? scopesErrorId : undefined}>
        <legend className="field__label">Scopes</legend>
        {apiKeyScopes.map((scope) => (
          <Checkbox
            key={scope}
            label={<span className="mono">{scope}</span>}
            hint={scopeDescriptions[scope]}
            checked={scopes.includes(scope)}
            onChange={(event) => toggleScope(scope, event.target.checked)}
          />
        ))}
        {errors.scopes && (
          <p id={scopesErrorId} className="field__error">
            {errors.scopes}
          </p>
        )}
      </fieldset>
      {create.isError && !serverErrors && <Alert tone="danger" title="Could not create the key">{trpcErrorMessage(create.error)}</Alert>}
      <div>
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create API key
        </Button>
      </div>
    </form>
  );
}
