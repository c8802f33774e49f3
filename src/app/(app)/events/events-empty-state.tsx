"use client";

import { useSyncExternalStore } from "react";
import { ButtonLink } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import styles from "./events.module.css";

const noSubscription = () => () => {};

/** Nothing has been sent yet: show the one request that sends an event, against this very server. */
export function EventsEmptyState() {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "http://localhost:3009");
  const curl = [
    `curl -X POST ${origin}/api/v1/events \\`,
    `  -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\`,
    `  -d '{"type":"job.failed","source":"executor","title":"Backup of db-01 failed","job":{"name":"nightly-backup","run_id":4711,"exit_code":1}}'`,
  ].join("\n");
  return (
    <EmptyState
      title="No events yet"
      description="The executor reports job runs here with an API key that has the events:write scope; rules and preferences then decide who is told."
      action={
        <>
          <CodeBlock label="Send a test event" copyable className={styles.curl}>
            {curl}
          </CodeBlock>
          <ButtonLink href="/api-keys">Create an API key</ButtonLink>
        </>
      }
    />
  );
}
