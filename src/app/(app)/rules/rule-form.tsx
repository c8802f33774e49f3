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
import type { TRuleView } from "@/server/rules/rule-view";
import { useTRPC } from "@/trpc/react";
import { ActionsEditor } from "./actions-editor";
import { errorSummary, formErrorsFrom, validateRuleForm, type TFormErrors } from "./form-errors";
import { emptyRuleForm, ruleFormFrom, ruleInputFrom, type TRuleFormState } from "./form-state";
import { MatchGroupEditor } from "./match-group-editor";
import { RuleBasicsFields } from "./rule-basics-fields";
import { RuleTestPanel } from "./rule-test-panel";
import styles from "./rules.module.css";

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

/** New and edit rule: the form, checked with the server's schema as you go once saved or tested, and the test panel. */
export function RuleForm({ rule }: { rule: TRuleView | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { toast } = useToast();
  const [values, setValues] = useState<TRuleFormState>(() => (rule ? ruleFormFrom(rule) : emptyRuleForm()));
  // Errors show once a save or test was tried, then follow every edit; the server's replace them until the next edit.
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<TFormErrors | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.rules.create.mutationOptions());
  const update = useMutation(trpc.rules.update.mutationOptions());
  const saving = create.isPending || update.isPending;

  const clientErrors = useMemo(() => validateRuleForm(values), [values]);
  const errors = serverErrors ?? (checked ? clientErrors : {});
  const summary = errorSummary(errors, values);
  const signature = useMemo(() => JSON.stringify(ruleInputFrom(values)), [values]);

  useEffect(() => {
    if (focusTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [focusTick]);

  function change(next: TRuleFormState) {
    setValues(next);
    setServerErrors(null);
  }

  /** Marks the form's problems and moves focus to the first; true when there are none. */
  function check(): boolean {
    setChecked(true);
    setServerErrors(null);
    if (Object.keys(clientErrors).length === 0) return true;
    setFocusTick((tick) => tick + 1);
    return false;
  }

  function showServerErrors(found: TFormErrors) {
    setServerErrors(found);
    setFocusTick((tick) => tick + 1);
  }

  function saved(view: TRuleView) {
    void queryClient.invalidateQueries({ queryKey: trpc.rules.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.rules.byId.queryKey({ id: view.id }) });
    toast({ tone: "success", title: rule ? `"${view.name}" saved` : `"${view.name}" created`, description: rule ? undefined : `It runs at position ${view.position + 1}.` });
    router.push("/rules");
  }

  function failed(error: unknown) {
    const found = formErrorsFrom((error as TServerError).data?.fieldErrors);
    if (Object.keys(found).length) showServerErrors(found);
    else setFormError(trpcErrorMessage(error));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    if (!check()) return;
    const input = ruleInputFrom(values);
    if (rule) update.mutate({ ...input, id: rule.id }, { onSuccess: saved, onError: failed });
    else create.mutate(input, { onSuccess: saved, onError: failed });
  }

  return (
    <div className="stack stack--lg">
      <PageHeader
        title={rule ? `Edit “${rule.name}”` : "New rule"}
        back={{ href: "/rules", label: "Rules" }}
        description="When an event matches the conditions, the actions run. Test the rule against a sample event below before you save it."
      />
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={saving || undefined} className="stack stack--lg">
        {summary.length > 0 && (
          <div ref={summaryRef} tabIndex={-1} className={styles.summaryAlert}>
            <Alert tone="danger" title={summary.length === 1 ? "The rule has a problem" : `The rule has ${summary.length} problems`}>
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
          <CardHeader title="Rule" />
          <CardBody>
            <RuleBasicsFields values={values} errors={errors} onChange={change} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="When" description="The events this rule applies to. Conditions compare the event's fields; groups combine them." />
          <CardBody>
            <MatchGroupEditor group={values.match} path="match" number="" depth={1} errors={errors} onChange={(match) => change({ ...values, match })} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Then" description="What happens to an event this rule matches." />
          <CardBody>
            <ActionsEditor actions={values.actions} errors={errors} onChange={(actions) => change({ ...values, actions })} />
          </CardBody>
        </Card>
        <div className={styles.formActions}>
          <ButtonLink href="/rules">Cancel</ButtonLink>
          <Button type="submit" variant="primary" loading={saving}>
            Save rule
          </Button>
        </div>
      </form>
      <RuleTestPanel
        ruleId={rule?.id ?? null}
        getRule={() => (check() ? ruleInputFrom(values) : null)}
        ruleSignature={signature}
        onRuleErrors={(fieldErrors) => showServerErrors(formErrorsFrom(fieldErrors, "rule."))}
      />
    </div>
  );
}
