/** A sample value as one short line, for the sidebar and the completion info. */
export function sampleText(sample: unknown): string {
  if (typeof sample === "string") return sample.includes("\n") ? `${sample.split("\n")[0]} …` : sample;
  return JSON.stringify(sample);
}
