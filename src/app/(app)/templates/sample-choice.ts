import { SAMPLE_CONTEXTS, type TSampleContextKey } from "@/server/templates/liquid/sample-contexts";

/** What the "Sample event" select holds: `sample:job-failed` or `event:<id>` of a real one. */
export type TSampleChoice = string;

export const DEFAULT_SAMPLE: TSampleChoice = "sample:job-failed";

export const sampleChoiceValue = (key: TSampleContextKey) => `sample:${key}`;
export const eventChoiceValue = (id: string) => `event:${id}`;

/** The part of a preview request that names the event. */
export function sampleRequest(choice: TSampleChoice): { sample: TSampleContextKey } | { event_id: string } {
  if (choice.startsWith("event:")) return { event_id: choice.slice("event:".length) };
  const key = SAMPLE_CONTEXTS.find((sample) => sampleChoiceValue(sample.key) === choice)?.key ?? "job-failed";
  return { sample: key };
}
