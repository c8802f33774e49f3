import { z } from "zod";
import { CHANNEL_KINDS } from "./channel-kind";

/** What went wrong, in the few classes a person can act on; "error" is anything else (see `response`). */
export const TEST_DIAGNOSES = ["ok", "dns", "tls", "timeout", "refused", "blocked", "http_4xx", "http_5xx", "error"] as const;
export type TTestDiagnosis = (typeof TEST_DIAGNOSES)[number];

/** The answer to every "Send test", REST and UI alike. A failing receiver is a result, not an error. */
export const ZChannelTestResult = z.object({
  ok: z.boolean(),
  channel: z.enum(CHANNEL_KINDS),
  scope: z.enum(["given", "personal", "organisation"]).meta({ description: 'Where the test went: "given" in the request, the caller\'s "personal" channel or an "organisation" channel' }),
  channel_name: z.string().nullable().meta({ description: "The organisation channel's name, when one was used" }),
  destination: z.string().meta({ description: "The destination, masked" }),
  status: z.number().int().nullable().meta({ description: "The receiver's HTTP status, when it answered" }),
  latency_ms: z.number(),
  response: z.string().meta({ description: "The receiver's answer (body excerpt) or the precise failure" }),
  diagnosis: z.enum(TEST_DIAGNOSES),
  error_type: z.string().nullable().meta({ description: 'The adapter\'s failure class (e.g. "gone", "rate_limited"), null on success' }),
  note: z.string().optional(),
});
export type TChannelTestResult = z.output<typeof ZChannelTestResult>;
