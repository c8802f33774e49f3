"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardBody, CardFooter } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import type { TCustomVariable } from "@/server/templates/custom/custom-variables";
import { useTRPC } from "@/trpc/react";
import { variableRowErrors, type TRowErrors, type TVariableRow } from "./custom-variable-errors";
import { CustomVariableRow } from "./custom-variable-row";
import { fieldErrorsOf } from "./template-server-errors";
import styles from "./templates.module.css";

/** The custom variables as rows, edited together and saved as one set. */
export function CustomVariablesForm({ initial }: { initial: readonly TCustomVariable[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const nextId = useRef(initial.length);
  const [rows, setRows] = useState<TVariableRow[]>(() => initial.map((variable, index) => ({ id: index, key: variable.key, value: variable.value, description: variable.description ?? "" })));
  const [errors, setErrors] = useState<TRowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.templates.variables.save.mutationOptions());

  function change(id: number, patch: Partial<TVariableRow>) {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...patch } : row)));
    setErrors((current) => (current[id] ? { ...current, [id]: undefined } : current));
  }

  function add() {
    const id = nextId.current++;
    setRows((current) => [...current, { id, key: "", value: "", description: "" }]);
    // The new row's key field is focused once it is rendered.
    requestAnimationFrame(() => document.getElementById(`custom-variable-${id}-key`)?.focus());
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    const found = variableRowErrors(rows, null);
    setErrors(found);
    if (Object.keys(found).length) return;
    const variables = rows.map((row) => ({ key: row.key.trim(), value: row.value, description: row.description.trim() || null }));
    save.mutate(
      { variables },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(trpc.templates.variables.list.queryKey(), saved);
          toast({ tone: "success", title: "Custom variables saved", description: `${saved.length} ${saved.length === 1 ? "variable" : "variables"}; templates use the new values from now on.` });
        },
        onError: (error) => {
          const fromServer = variableRowErrors(rows, fieldErrorsOf(error));
          setErrors(fromServer);
          if (!Object.keys(fromServer).length) setFormError(trpcErrorMessage(error));
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={save.isPending || undefined}>
      <CardBody>
        <div className="stack">
          {formError && <Alert tone="danger">{formError}</Alert>}
          {rows.length === 0 ? (
            <p className="text-sm text-muted">No custom variables yet.</p>
          ) : (
            <ol className={styles.variableRows}>
              {rows.map((row, index) => (
                <CustomVariableRow
                  key={row.id}
                  row={row}
                  number={index + 1}
                  errors={errors[row.id]}
                  onChange={(patch) => change(row.id, patch)}
                  onRemove={() => setRows((current) => current.filter((item) => item.id !== row.id))}
                />
              ))}
            </ol>
          )}
        </div>
      </CardBody>
      <CardFooter>
        <Button onClick={add}>Add variable</Button>
        <Button type="submit" loading={save.isPending}>
          Save variables
        </Button>
      </CardFooter>
    </form>
  );
}
