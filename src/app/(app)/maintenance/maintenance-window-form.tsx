"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";
import { useTRPC } from "@/trpc/react";
import { emptyWindowForm, formErrorsFrom, validateWindowForm, windowFormFrom, windowInputFrom, type TWindowFormErrors, type TWindowFormValues } from "./form-values";
import styles from "./maintenance.module.css";
import { ScheduleFields } from "./schedule-fields";
import { ScopeFields } from "./scope-fields";

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

const CRITICAL_OPTIONS = [
  { value: "deliver", label: "Deliver them as usual" },
  { value: "hold", label: "Hold them too" },
];

/** New and edit maintenance window; checked with the server's schema once a save was tried, then as you type. Mounted in the browser only (the zone is the browser's). */
export function MaintenanceWindowForm({ window }: { window: TMaintenanceWindowView | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { toast } = useToast();
  const [values, setValues] = useState<TWindowFormValues>(() => (window ? windowFormFrom(window) : emptyWindowForm(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC")));
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<TWindowFormErrors | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useMutation(trpc.maintenanceWindows.create.mutationOptions());
  const update = useMutation(trpc.maintenanceWindows.update.mutationOptions());
  const saving = create.isPending || update.isPending;

  const clientErrors = useMemo(() => validateWindowForm(values), [values]);
  const errors = serverErrors ?? (checked ? clientErrors : {});
  const problems = Object.values(errors);

  useEffect(() => {
    if (focusTick > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  function change(patch: Partial<TWindowFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setServerErrors(null);
  }

  function saved(view: TMaintenanceWindowView) {
    void queryClient.invalidateQueries({ queryKey: trpc.maintenanceWindows.pathKey() });
    toast({ tone: "success", title: window ? `"${view.name}" saved` : `"${view.name}" created`, description: view.active_now ? "It is active now." : undefined });
    router.push(`/maintenance/${view.id}`);
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
    const input = windowInputFrom(values);
    if (window) update.mutate({ ...input, id: window.id }, { onSuccess: saved, onError: failed });
    else create.mutate(input, { onSuccess: saved, onError: failed });
  }

  const back = window ? { href: `/maintenance/${window.id}`, label: window.name } : { href: "/maintenance", label: "Maintenance" };
  return (
    <div className="stack stack--lg">
      <PageHeader title={window ? `Edit “${window.name}”` : "New maintenance window"} back={back} description="While it is active, the events it covers are held and summarised when it ends." />
      <form ref={formRef} onSubmit={handleSubmit} noValidate aria-busy={saving || undefined} className="stack stack--lg">
        {problems.length > 0 && (
          <Alert tone="danger" title={problems.length === 1 ? "The window has a problem" : `The window has ${problems.length} problems`}>
            <ul className={styles.problemList}>
              {problems.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </Alert>
        )}
        {formError && <Alert tone="danger">{formError}</Alert>}
        <Card>
          <CardHeader title="Window" />
          <CardBody>
            <div className={styles.fields}>
              <TextField id="maintenance-name" label="Name" required maxLength={100} autoComplete="off" hint="Decisions name it: held by maintenance window “DB upgrade”." value={values.name} error={errors.name} onChange={(event) => change({ name: event.target.value })} />
              <SelectField
                id="maintenance-critical"
                label="Critical events"
                hint="Events of critical severity inside the window."
                options={CRITICAL_OPTIONS}
                value={values.critical}
                error={errors.critical}
                onChange={(event) => change({ critical: event.target.value === "hold" ? "hold" : "deliver" })}
              />
              <TextArea id="maintenance-description" label="Description" className={styles.wide} rows={2} maxLength={500} hint="Optional: what is being done, for whoever wonders why it is quiet." value={values.description} error={errors.description} onChange={(event) => change({ description: event.target.value })} />
            </div>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="When" />
          <CardBody>
            <ScheduleFields values={values} errors={errors} onChange={change} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Covers" description="Everything filled in must match. Leave it all empty to cover every event." />
          <CardBody>
            <ScopeFields values={values} errors={errors} onChange={change} />
          </CardBody>
        </Card>
        <div className={styles.formActions}>
          <ButtonLink href={back.href}>Cancel</ButtonLink>
          <Button type="submit" variant="primary" loading={saving}>
            Save window
          </Button>
        </div>
      </form>
    </div>
  );
}
