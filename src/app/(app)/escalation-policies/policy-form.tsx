"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";
import { useTRPC } from "@/trpc/react";
import styles from "./escalation-policies.module.css";
import { LevelsEditor } from "./levels-editor";
import { PolicyBasicsFields } from "./policy-basics-fields";
import { errorSummary, formErrorsFrom, validatePolicyForm, type TPolicyFormErrors } from "./policy-form-errors";
import { emptyPolicyForm, policyFormFrom, policyInputFrom, type TPolicyFormState } from "./policy-form-state";
import { RepeatFields } from "./repeat-fields";

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

const BACK = { href: "/escalation-policies", label: "Escalation policies" };

/** New and edit escalation policy: checked with the server's schema once a save was tried, then as you type. */
export function PolicyForm({ policy }: { policy: TEscalationPolicyView | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { toast } = useToast();
  const [values, setValues] = useState<TPolicyFormState>(() => (policy ? policyFormFrom(policy) : emptyPolicyForm()));
  // Errors show once a save was tried, then follow every edit; the server's replace them until the next edit.
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<TPolicyFormErrors | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.escalationPolicies.create.mutationOptions());
  const update = useMutation(trpc.escalationPolicies.update.mutationOptions());
  const saving = create.isPending || update.isPending;

  const clientErrors = useMemo(() => validatePolicyForm(values), [values]);
  const errors = serverErrors ?? (checked ? clientErrors : {});
  const summary = errorSummary(errors);

  useEffect(() => {
    if (focusTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [focusTick]);

  function change(next: TPolicyFormState) {
    setValues(next);
    setServerErrors(null);
  }

  function saved(view: TEscalationPolicyView) {
    void queryClient.invalidateQueries({ queryKey: trpc.escalationPolicies.pathKey() });
    toast({ tone: "success", title: policy ? `"${view.name}" saved` : `"${view.name}" created`, description: policy ? "Open incidents follow the new levels from their next step on." : `Name it in a rule to escalate with it (policy #${view.id}).` });
    router.push("/escalation-policies");
  }

  function failed(error: unknown) {
    const found = formErrorsFrom((error as TServerError).data?.fieldErrors);
    if (Object.keys(found).length === 0) return setFormError(trpcErrorMessage(error));
    setServerErrors(found);
    setFocusTick((tick) => tick + 1);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setChecked(true);
    setServerErrors(null);
    if (Object.keys(clientErrors).length > 0) return setFocusTick((tick) => tick + 1);
    const input = policyInputFrom(values);
    if (policy) update.mutate({ ...input, id: policy.id }, { onSuccess: saved, onError: failed });
    else create.mutate(input, { onSuccess: saved, onError: failed });
  }

  return (
    <div className="stack stack--lg">
      <PageHeader
        title={policy ? `Edit “${policy.name}”` : "New escalation policy"}
        back={BACK}
        description="Level 1 is notified with the event; each later level after its wait, only while nobody has acknowledged the incident."
      />
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={saving || undefined} className="stack stack--lg">
        {summary.length > 0 && (
          <div ref={summaryRef} tabIndex={-1} className={styles.summaryAlert}>
            <Alert tone="danger" title={summary.length === 1 ? "The policy has a problem" : `The policy has ${summary.length} problems`}>
              <ul className={styles.problemList}>
                {summary.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </Alert>
          </div>
        )}
        {formError && <Alert tone="danger">{formError}</Alert>}
        <Card>
          <CardHeader title="Policy" />
          <CardBody>
            <PolicyBasicsFields values={values} errors={errors} onChange={(patch) => change({ ...values, ...patch })} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Levels" description="Who is paged, in order, until someone acknowledges." />
          <CardBody>
            <LevelsEditor values={values} errors={errors} onChange={change} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Repeat" description="When every level was notified and still nobody acknowledged." />
          <CardBody>
            <RepeatFields values={values} errors={errors} onChange={(patch) => change({ ...values, ...patch })} />
          </CardBody>
        </Card>
        <div className={styles.formActions}>
          <ButtonLink href={BACK.href}>Cancel</ButtonLink>
          <Button type="submit" variant="primary" loading={saving}>
            Save policy
          </Button>
        </div>
      </form>
    </div>
  );
}
