export type THttpGatewayRequestInput = {
  url: string;
  to: string;
  body: string;
  notificationId: number;
  bearerToken?: string;
  /** Extra headers the gateway needs (e.g. an API key header); ours win on a clash. */
  headers?: Record<string, string>;
};

export type THttpGatewayRequest = {
  method: "POST";
  url: string;
  headers: Record<string, string>;
  /** JSON `{ to, body, notification_id }`. */
  body: string;
};

/** For SMS gateways other than Twilio: one JSON POST per message. */
export function buildHttpGatewayRequest(input: THttpGatewayRequestInput): THttpGatewayRequest {
  const { url, to, body, notificationId, bearerToken, headers = {} } = input;
  // Header names are case-insensitive; lower-casing first stops "Content-Type" from doubling ours.
  const merged: Record<string, string> = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  merged["content-type"] = "application/json";
  if (bearerToken) merged.authorization = `Bearer ${bearerToken}`;
  return { method: "POST", url, headers: merged, body: JSON.stringify({ to, body, notification_id: notificationId }) };
}
