/** "user:ann@example.com" → "ann@example.com", "api_key:executor" → "API key executor", "service" → "the service". */
export function cancelledByLabel(cancelledBy: string): string {
  const [kind, ...rest] = cancelledBy.split(":");
  const who = rest.join(":");
  if (kind === "user" && who) return who;
  if (kind === "api_key" && who) return `API key ${who}`;
  if (kind === "service") return "the service";
  return cancelledBy;
}
