"use client";

import type { EditorView } from "@codemirror/view";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { formatRelative } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";
import type { TTemplateView } from "@/server/templates/custom/template-view";
import { useTRPC } from "@/trpc/react";
import { actorName } from "./actor-name";
import { ChannelTabs } from "./channel-tabs";
import { DeleteTemplateButton } from "./delete-template-button";
import { editorViewAt, focusField, unplacedErrors } from "./focus-field";
import { insertAtCursor } from "./insert-at-cursor";
import { PreviewCard } from "./preview-card";
import { DEFAULT_SAMPLE, sampleRequest } from "./sample-choice";
import { TemplateBasicsFields } from "./template-basics-fields";
import { CHANNEL_LABEL, fieldPath, TEMPLATE_CHANNELS, TEMPLATE_FIELDS } from "./template-fields";
import { bodiesInput, channelReady, emptyTemplateForm, templateFormFrom, templateInputFrom, type TTemplateFormState } from "./template-form-state";
import { TemplateHistory } from "./template-history";
import { fieldErrorsOf, normalizedFieldErrors, withoutPaths, type TFieldErrors } from "./template-server-errors";
import { useIsAdmin } from "./use-is-admin";
import { useLivePreview } from "./use-live-preview";
import { useTemplateCatalogue } from "./use-template-catalogue";
import { VariableSidebar, type TInsertRequest } from "./variable-sidebar";
import styles from "./templates.module.css";

const FORM_ID = "template-form";

/** New and edit template: the fields, one tab per channel, the live preview and variables beside them, the history below. */
export function TemplateForm({ template }: { template: TTemplateView | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { toast } = useToast();
  const isAdmin = useIsAdmin();
  const readOnly = isAdmin !== true;
  const catalogue = useTemplateCatalogue();
  const [current, setCurrent] = useState(template);
  const [values, setValues] = useState<TTemplateFormState>(() => (template ? templateFormFrom(template) : emptyTemplateForm()));
  const [active, setActive] = useState<TTemplateChannel>(values.channels[0] ?? "email");
  const [sample, setSample] = useState(DEFAULT_SAMPLE);
  const [saveErrors, setSaveErrors] = useState<TFieldErrors | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [insertMessage, setInsertMessage] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ path: string } | null>(null);
  const lastView = useRef<EditorView | null>(null);
  const create = useMutation(trpc.templates.create.mutationOptions());
  const update = useMutation(trpc.templates.update.mutationOptions());
  const sendTest = useMutation(trpc.templates.sendTest.mutationOptions());
  const saving = create.isPending || update.isPending;

  const channel = values.channels.includes(active) ? active : (values.channels[0] ?? "email");
  const ready = channelReady(values, channel);
  const request = useMemo(() => (ready ? { bodies: bodiesInput(values, [channel]), channel, ...sampleRequest(sample) } : null), [ready, values, channel, sample]);
  const preview = useLivePreview(request);
  const previewErrors = useMemo(() => (preview.stale ? null : normalizedFieldErrors(fieldErrorsOf(preview.error))), [preview.stale, preview.error]);
  // A save's messages win over the preview's for the same field: they cover every sample, not one.
  const serverErrors = useMemo(() => (previewErrors || saveErrors ? { ...previewErrors, ...saveErrors } : null), [previewErrors, saveErrors]);
  const missing = TEMPLATE_FIELDS[channel].filter((field) => field.required && !(values.bodies[channel][field.name] ?? "").trim()).map((field) => field.label);
  const notReady = ready ? null : `Fill in ${missing.join(" and ")} to see the ${CHANNEL_LABEL[channel]} preview.`;
  const unplaced = unplacedErrors(saveErrors);

  useEffect(() => {
    if (focusRequest) focusField(focusRequest.path);
  }, [focusRequest]);

  function changeBasics(patch: Partial<TTemplateFormState>) {
    setValues((state) => ({ ...state, ...patch }));
    const fields = Object.keys(patch).map((name) => (name === "eventTypes" ? "event_types" : name));
    setSaveErrors((errors) => withoutPaths(errors, (path) => fields.some((field) => path === field || path.startsWith(`${field}.`))));
  }

  function changeBody(target: TTemplateChannel, name: string, value: string) {
    setValues((state) => ({ ...state, bodies: { ...state.bodies, [target]: { ...state.bodies[target], [name]: value } } }));
    setSaveErrors((errors) => withoutPaths(errors, (path) => path === `bodies.${target}.${name}` || path === `bodies.${target}` || path === "bodies"));
  }

  function addChannel(added: TTemplateChannel) {
    setValues((state) => ({ ...state, channels: TEMPLATE_CHANNELS.filter((item) => item === added || state.channels.includes(item)) }));
    setActive(added);
    setSaveErrors((errors) => withoutPaths(errors, (path) => path === "bodies"));
  }

  function removeChannel(removed: TTemplateChannel) {
    setValues((state) => ({ ...state, channels: state.channels.filter((item) => item !== removed) }));
    setSaveErrors((errors) => withoutPaths(errors, (path) => path.startsWith(`bodies.${removed}`)));
    toast({ tone: "info", title: `${CHANNEL_LABEL[removed]} body removed`, description: "It is gone when you save. Add it back before leaving the page to get its text back." });
  }

  function insert(insertRequest: TInsertRequest) {
    // Before any editor had focus, the first field of the open tab takes the insert.
    const view = lastView.current?.dom.isConnected ? lastView.current : editorViewAt(fieldPath(TEMPLATE_FIELDS[channel][0] ?? { channel, name: "" }));
    if (!view) {
      setInsertMessage("Click into a field of the body first, then choose the variable again.");
      return;
    }
    setInsertMessage(null);
    insertAtCursor(view, insertRequest);
  }

  function saved(view: TTemplateView) {
    queryClient.setQueryData(trpc.templates.byKey.queryKey({ key: view.key }), view);
    void queryClient.invalidateQueries({ queryKey: trpc.templates.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.templates.versions.queryKey({ key: view.key }) });
    toast({ tone: "success", title: current ? `"${view.name}" saved` : `"${view.name}" created`, description: `Version ${view.version} is in use from now on.` });
    if (!current) router.replace(`/templates/${view.key}`);
    setCurrent(view);
  }

  function failed(error: unknown) {
    const found = normalizedFieldErrors(fieldErrorsOf(error));
    const paths = Object.keys(found ?? {});
    if (!found || paths.length === 0) {
      setFormError(trpcErrorMessage(error));
      return;
    }
    setSaveErrors(found);
    const firstBody = paths.map((path) => /^bodies\.(\w+)\./.exec(path)?.[1]).find((name): name is TTemplateChannel => values.channels.includes(name as TTemplateChannel));
    if (firstBody && !paths.some((path) => !path.startsWith("bodies."))) setActive(firstBody);
    setFocusRequest({ path: paths.find((path) => !path.startsWith("bodies.")) ?? paths[0] ?? "" });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || readOnly) return;
    setFormError(null);
    setSaveErrors(null);
    const input = templateInputFrom(current ? { ...values, key: current.key } : values);
    if (current) update.mutate(input, { onSuccess: saved, onError: failed });
    else create.mutate(input, { onSuccess: saved, onError: failed });
  }

  function handleSendTest() {
    if (!request || sendTest.isPending) return;
    sendTest.mutate(request, {
      onSuccess: (result) =>
        toast(
          result.ok
            ? { tone: "success", title: "Test sent", description: `Sent to ${result.sent_to}.` }
            : { tone: "danger", title: "The test was not accepted", description: `${result.sent_to}: ${String(result.response ?? "no answer")}` },
        ),
      onError: (error) => toast({ tone: "danger", title: "Could not send the test", description: trpcErrorMessage(error) }),
    });
  }

  function restored(view: TTemplateView) {
    setCurrent(view);
    setValues(templateFormFrom(view));
    setSaveErrors(null);
  }

  return (
    <div className="stack stack--lg">
      <PageHeader
        title={current ? `Edit “${current.name}”` : "New template"}
        back={{ href: "/templates", label: "Templates" }}
        description="The words of a notification per channel, in Liquid. The preview renders it as it would be sent; nothing is sent until a notification matches."
        actions={
          isAdmin && (
            <>
              {current && <DeleteTemplateButton templateKey={current.key} name={current.name} />}
              <Button type="submit" form={FORM_ID} variant="primary" loading={saving}>
                Save template
              </Button>
            </>
          )
        }
      />
      {current && (
        <p className="text-sm text-muted">
          Version {current.version} · changed {formatRelative(current.updated_at)} by {actorName(current.updated_by)}
        </p>
      )}
      {isAdmin === false && <Alert tone="info">Only admins can change templates. You can read this one and preview it with any sample event.</Alert>}
      {formError && (
        <Alert tone="danger" title="The template was not saved">
          {formError}
        </Alert>
      )}
      {unplaced.length > 0 && (
        <Alert tone="danger" title="The template was not saved">
          <ul className={styles.problemSummary}>
            {unplaced.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
      <form id={FORM_ID} onSubmit={handleSubmit} noValidate aria-busy={saving || undefined} className="stack stack--lg">
        <Card>
          <CardHeader title="Template" />
          <CardBody>
            <TemplateBasicsFields values={values} keyEditable={!current && !readOnly} readOnly={readOnly} errors={saveErrors} onChange={changeBasics} />
          </CardBody>
        </Card>
        <div className={styles.workspace}>
          <div className={styles.workspaceMain}>
            <ChannelTabs
              values={values}
              active={channel}
              onActiveChange={setActive}
              readOnly={readOnly}
              completions={catalogue.completions}
              customKeys={catalogue.customKeys}
              serverErrors={serverErrors}
              onBodyChange={changeBody}
              onAdd={addChannel}
              onRemove={removeChannel}
              onFocusView={(view) => (lastView.current = view)}
            />
          </div>
          <div className={styles.workspaceSide}>
            <PreviewCard
              channel={channel}
              channelLabel={CHANNEL_LABEL[channel]}
              preview={preview}
              notReady={notReady}
              sample={sample}
              onSampleChange={setSample}
              onSendTest={isAdmin ? handleSendTest : undefined}
              sending={sendTest.isPending}
            />
            <VariableSidebar variables={catalogue.variables} onInsert={readOnly ? undefined : insert} message={insertMessage} />
          </div>
        </div>
      </form>
      {current && <TemplateHistory templateKey={current.key} currentVersion={current.version} canRestore={isAdmin === true} onRestored={restored} />}
    </div>
  );
}
