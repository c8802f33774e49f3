import type { TChannelInput } from "@/server/destinations/channel-input-schema";
import type { TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelView } from "@/server/destinations/channel-view";
import { parseHeaderLines, type TCustomHeaders } from "@/server/destinations/custom-headers";

/** Everything the add/edit form holds, as strings the inputs edit. Secret fields start blank: blank keeps the saved value. */
export type TChannelFormValues = {
  name: string;
  enabled: boolean;
  rate_limit_per_minute: string;
  webhook_url: string;
  url: string;
  timeout_ms: string;
  headers: string;
  clear_headers: boolean;
  provider: "twilio" | "http";
  account_sid: string;
  auth_token: string;
  from: string;
  messaging_service_sid: string;
  base_url: string;
  bearer_token: string;
  clear_bearer_token: boolean;
  to: string;
};
export type TChannelFormField = keyof TChannelFormValues;
export type TChannelFormErrors = Partial<Record<TChannelFormField, string>>;

export const channelFieldId = (kind: TChannelKind, field: TChannelFormField) => `channel-${kind}-${field}`;

export function emptyChannelFormValues(): TChannelFormValues {
  return {
    name: "",
    enabled: true,
    rate_limit_per_minute: "60",
    webhook_url: "",
    url: "",
    timeout_ms: "",
    headers: "",
    clear_headers: false,
    provider: "twilio",
    account_sid: "",
    auth_token: "",
    from: "",
    messaging_service_sid: "",
    base_url: "",
    bearer_token: "",
    clear_bearer_token: false,
    to: "",
  };
}

export function channelFormValuesFrom(channel: TChannelView): TChannelFormValues {
  const values = { ...emptyChannelFormValues(), name: channel.name, enabled: channel.enabled, rate_limit_per_minute: String(channel.rate_limit_per_minute) };
  const { details } = channel;
  if (details.type === "webhook") return { ...values, timeout_ms: details.timeout_ms === null ? "" : String(details.timeout_ms) };
  if (details.type !== "sms") return values;
  if (details.provider === "http") return { ...values, provider: "http", to: details.to ?? "" };
  return {
    ...values,
    provider: "twilio",
    account_sid: details.account_sid,
    from: details.from ?? "",
    messaging_service_sid: details.messaging_service_sid ?? "",
    base_url: details.base_url ?? "",
    to: details.to ?? "",
  };
}

/** The form as an API input, or the one field that cannot even be read (header lines). */
export function channelInputFrom(kind: TChannelKind, values: TChannelFormValues): { input: TChannelInput } | { errors: TChannelFormErrors } {
  const headers = headersFrom(values.headers, values.clear_headers);
  if (headers === "invalid") return { errors: { headers: "Write one header per line, as Name: value." } };
  const common = {
    name: values.name,
    enabled: values.enabled,
    rate_limit_per_minute: values.rate_limit_per_minute.trim() ? Number(values.rate_limit_per_minute) : undefined,
  };
  switch (kind) {
    case "slack":
    case "teams":
      return { input: { type: kind, ...common, webhook_url: values.webhook_url } };
    case "webhook":
      return { input: { type: "webhook", ...common, url: values.url, headers, timeout_ms: values.timeout_ms.trim() ? Number(values.timeout_ms) : null } };
    case "sms":
      if (values.provider === "http") {
        const bearer = values.bearer_token.trim() ? values.bearer_token : values.clear_bearer_token ? null : undefined;
        return { input: { type: "sms", provider: "http", ...common, url: values.url, bearer_token: bearer, headers, to: values.to } };
      }
      return {
        input: {
          type: "sms",
          provider: "twilio",
          ...common,
          account_sid: values.account_sid,
          auth_token: values.auth_token,
          from: values.from,
          messaging_service_sid: values.messaging_service_sid,
          base_url: values.base_url,
          to: values.to,
        },
      };
  }
}

/** Typed lines replace the saved headers; none keeps them unless "remove" is ticked. */
function headersFrom(text: string, clear: boolean): TCustomHeaders | null | undefined | "invalid" {
  if (!text.trim()) return clear ? null : undefined;
  return parseHeaderLines(text) ?? "invalid";
}

const FIELDS = new Set<string>(Object.keys(emptyChannelFormValues()));
const isFormField = (field: string): field is TChannelFormField => FIELDS.has(field);

/** Server and zod field paths ("channel.webhook_url", "headers.X-Key") to form fields; others are shown above the form. */
export function channelFormErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined): { errors: TChannelFormErrors; other: string[] } {
  const errors: TChannelFormErrors = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const field = path.replace(/^channel\./, "").split(".")[0] ?? "";
    const message = messages.join(", ");
    if (isFormField(field)) errors[field] ??= capitalise(message);
    else other.push(`${path}: ${message}`);
  }
  return { errors, other };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
