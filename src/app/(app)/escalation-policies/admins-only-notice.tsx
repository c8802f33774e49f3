import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** What anyone but an admin sees on these pages: who may change them, and where incidents are. */
export function AdminsOnlyNotice({ title = "Escalation policies" }: { title?: string }) {
  return (
    <div className="stack stack--lg">
      <PageHeader title={title} />
      <EmptyState
        title="Only admins manage escalation policies"
        description="An admin decides who is paged, in what order, until someone acknowledges. The incidents they open are on the Incidents page for everyone."
        action={<ButtonLink href="/incidents">Go to incidents</ButtonLink>}
      />
    </div>
  );
}
