import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { describeAckLink } from "@/server/incidents/acknowledge-by-link";

const RESULT: Record<string, { tone: "success" | "warning" | "danger"; text: string }> = {
  acknowledged: { tone: "success", text: "Acknowledged. The escalation stopped; the next level will not be notified." },
  used: { tone: "warning", text: "This link was already used." },
  resolved: { tone: "warning", text: "The incident is already resolved." },
  invalid: { tone: "danger", text: "This link is not valid or has expired: acknowledge the incident in the app instead." },
};

/** A GET shows the incident; only the button (a POST) acknowledges — mail scanners follow links. */
export async function AckPanel({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ result?: string }> }) {
  await connection();
  const [{ token }, { result }] = await Promise.all([params, searchParams]);
  const link = await describeAckLink(token);
  const shown = result ? RESULT[result] : undefined;
  if (!link.ok) return <Alert tone="danger" title="Cannot acknowledge">{link.problem}</Alert>;
  const { incident } = link;
  const open = incident.status === "triggered" && !link.used;
  return (
    <Card>
      <CardBody>
        <div className="stack">
          {shown && <Alert tone={shown.tone}>{shown.text}</Alert>}
          <DescriptionList
            items={[
              { label: "Incident", value: `#${incident.id} ${incident.title}` },
              { label: "Status", value: <Badge tone={incident.status === "triggered" ? "danger" : incident.status === "acknowledged" ? "warning" : "success"}>{incident.status}</Badge> },
              { label: "Policy", value: incident.policy_name },
              { label: "Level reached", value: incident.level },
              { label: "Acknowledged by", value: incident.acknowledged_by },
              { label: "For", value: link.recipient },
            ]}
          />
          {open ? (
            <form method="post" action={`/ack/${encodeURIComponent(token)}/confirm`}>
              <button type="submit" className="btn btn--primary btn--block">
                Acknowledge as {link.recipient}
              </button>
            </form>
          ) : (
            <p className="text-muted">{incident.status === "triggered" ? "This link was already used." : `Nothing to do: the incident is ${incident.status}.`}</p>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
