"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/text-field";
import type { TApiKeyScope } from "@/server/auth/api-keys";
import { useTRPC } from "@/trpc/react";
import type { TNewApiKey } from "../api-keys/api-key-secret-dialog";
import { apiKeyScopes, scopeDescriptions } from "../api-keys/scope-meta";

/** A new personal key: only the scopes the user's role allows are offered. */
export function PersonalApiKeyForm({ allowedScopes, onCreated }: { allowedScopes: string[]; onCreated: (key: TNewApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const offered = apiKeyScopes.filter((scope) => allowedScopes.includes(scope));
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TApiKeyScope[]>(offered.includes("notifications:read") ? ["notifications:read"] : offered.slice(0, 1));
  const [errors, setErrors] = useState<{ name?: string; scopes?: string }>({});
  const create = useMutation(
    trpc.users.createApiKey.mutationOptions({
      onSuccess: (key) => {
        setName("");
        void queryClient.invalidateQueries({ queryKey: trpc.users.apiKeys.queryKey() });
        onCreated({ name: key.name, secret: key.secret });
      },
    }),
  );
  const fieldErrors = (create.error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data?.fieldErrors;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { name: name.trim() ? undefined : "Enter a name, e.g. the laptop or script that uses it.", scopes: scopes.length ? undefined : "Choose at least one scope." };
    setErrors(found);
    if (found.name || found.scopes) return;
    create.mutate({ name: name.trim(), scopes });
  }

  return (
    <form className="stack api-key-form" onSubmit={handleSubmit} noValidate>
      <h3 className="card__title">Create a personal key</h3>
      <TextField
        label="Name"
        hint="Unique across all keys, e.g. your-name-laptop."
        value={name}
        maxLength={100}
        autoComplete="off"
        error={errors.name ?? fieldErrors?.name?.join(", ")}
        onChange={(event) => {
          setName(event.target.value);
          setErrors({});
          if (create.isError) create.reset();
        }}
      />
      <fieldset className="scope-fieldset">
        <legend className="field__label">Scopes</legend>
        {offered.map((scope) => (
          <Checkbox
            key={scope}
            label={<span className="mono">{scope}</span>}
            hint={scopeDescriptions[scope]}
            checked={scopes.includes(scope)}
            onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((one) => one !== scope)))}
          />
        ))}
        {(errors.scopes ?? fieldErrors?.scopes) && <p className="field__error">{errors.scopes ?? fieldErrors?.scopes?.join(", ")}</p>}
      </fieldset>
      {create.isError && !fieldErrors && <Alert tone="danger" title="Could not create the key">{trpcErrorMessage(create.error)}</Alert>}
      <div>
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create API key
        </Button>
      </div>
    </form>
  );
}
