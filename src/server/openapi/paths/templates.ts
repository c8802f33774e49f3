import { z } from "zod";
import { ZPreviewTemplateRequest, ZTemplatePreview, type TTemplatePreview } from "@/server/templates/custom/preview-template";
import { ZTemplateInput, ZTemplateKey } from "@/server/templates/custom/template-input-schema";
import { ZTemplateView } from "@/server/templates/custom/template-view";
import { ZTemplateValidationResult, ZValidateTemplateRequest } from "@/server/templates/custom/validate-template-request";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

const tag = "Templates";
const ZKeyParams = z.object({ key: ZTemplateKey });
const read = { scopes: ["notifications:read"] } as const;
const admin = { scopes: ["admin"] } as const;

// Compile-time: every preview the domain returns (a union per channel) fits the documented schema.
export const previewFitsSchema = (preview: TTemplatePreview): z.output<typeof ZTemplatePreview> => preview;

const bodies = {
  email: { subject: "[{{ event.severity }}] {{ event.title }}", html: "<p>{{ event.message }}</p>" },
  slack: { text: ":rotating_light: {{ event.title }} on {{ event.job.host }}" },
};
const input = { key: "job-failed-ops", name: "Job failures for ops", description: "Short, with the host", event_types: ["job.failed"], bodies };
const template = {
  key: "job-failed-ops",
  name: "Job failures for ops",
  description: "Short, with the host",
  event_types: ["job.failed"],
  bodies,
  channels: ["email", "slack"],
  version: 1,
  updated_at: EXAMPLE_TIME,
  updated_by: "api_key:deploy",
  created_at: EXAMPLE_TIME,
  failure_count: 0,
  last_failure_at: null,
  last_failure_message: null,
};

export const templateRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/templates",
    tag,
    summary: "List message templates",
    access: read,
    response: { status: 200, description: "Every template", body: { schema: z.object({ data: z.array(ZTemplateView) }), example: { data: [template] } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/templates",
    tag,
    summary: "Create a message template",
    description: "One Liquid body per channel. Saving checks the syntax, the variables and what each sample event renders to; 400 names the line and column. 409 when the key is taken.",
    access: admin,
    body: { schema: ZTemplateInput, example: input },
    response: { status: 201, description: "The created template", body: { schema: ZTemplateView, example: template } },
    errors: [400, 409, 429],
  },
  {
    method: "post",
    path: "/api/v1/templates/validate",
    tag,
    summary: "Validate template bodies",
    description: "The errors and warnings saving would report, without saving.",
    access: read,
    body: { schema: ZValidateTemplateRequest, example: { bodies } },
    response: { status: 200, description: "The validation", body: { schema: ZTemplateValidationResult, example: { valid: true, errors: [], warnings: [] } } },
    errors: [400, 429],
  },
  {
    method: "post",
    path: "/api/v1/templates/preview",
    tag,
    summary: "Preview a template",
    description: "Exactly what would be sent for a sample or stored event on one channel, rendered through the same code as a real send; sends nothing. Give `bodies` (unsaved) or `key` (saved).",
    access: read,
    body: { schema: ZPreviewTemplateRequest, example: { key: "job-failed-ops", channel: "slack", sample: "job-failed" } },
    response: {
      status: 200,
      description: "The rendered message",
      body: { schema: ZTemplatePreview, example: { channel: "slack", payload: { text: ":rotating_light: nightly-backup failed on db-01 on db-01" } } },
    },
    errors: [400, 404, 429],
  },
  {
    method: "get",
    path: "/api/v1/templates/{key}",
    tag,
    summary: "Get a message template",
    access: read,
    params: { path: ZKeyParams },
    response: { status: 200, description: "The template's current version", body: { schema: ZTemplateView, example: template } },
    errors: [400, 404, 429],
  },
  {
    method: "put",
    path: "/api/v1/templates/{key}",
    tag,
    summary: "Save a new version of a template",
    description: "The body is the whole template; its key is the URL's.",
    access: admin,
    params: { path: ZKeyParams },
    body: { schema: ZTemplateInput.omit({ key: true }), example: { name: "Job failures for ops", event_types: ["job.failed", "job.timeout"], bodies } },
    response: { status: 200, description: "The saved template", body: { schema: ZTemplateView, example: { ...template, event_types: ["job.failed", "job.timeout"], version: 2 } } },
    errors: [400, 404, 429],
  },
  {
    method: "delete",
    path: "/api/v1/templates/{key}",
    tag,
    summary: "Delete a message template",
    description: "Rules naming it fall back to the built-in template.",
    access: admin,
    params: { path: ZKeyParams },
    response: { status: 204, description: "Deleted" },
    errors: [400, 404, 429],
  },
];
