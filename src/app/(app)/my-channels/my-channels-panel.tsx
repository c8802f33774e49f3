import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { MyChannelsEditor } from "./my-channels-editor";

export function MyChannelsPanel() {
  return (
    <div className="stack stack--lg">
      <PageHeader
        title="My channels"
        description="Where notifications addressed to you arrive besides email: your own Slack, Teams, webhook and phone. Stored encrypted, shown masked."
        actions={
          <ButtonLink href="/channels/test" variant="secondary">
            Test all channels
          </ButtonLink>
        }
      />
      <p className="text-sm text-muted">
        Quiet hours, do-not-disturb and which events reach you where are on <Link href="/preferences">My notification preferences</Link>.
      </p>
      <MyChannelsEditor />
    </div>
  );
}
