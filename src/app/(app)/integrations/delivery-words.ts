import type { TIntegrationDeliveryView } from "@/server/integrations/integration-deliveries";

/** "3 alerts (2 already known: nobody told again)". */
export function alertsText(delivery: Pick<TIntegrationDeliveryView, "status" | "alert_count" | "repeated_count">): string {
  if (delivery.status === "rejected") return "—";
  const count = `${delivery.alert_count} alert${delivery.alert_count === 1 ? "" : "s"}`;
  return delivery.repeated_count ? `${count} (${delivery.repeated_count} already known: nobody told again)` : count;
}

/** The payload indented for reading; a cut or invalid one as it came. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
