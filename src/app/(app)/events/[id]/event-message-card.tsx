import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import type { TEventJob } from "./event-job";
import { EventDataList } from "./event-data-list";
import styles from "../events.module.css";

export function EventMessageCard({ message, job, data }: { message: string | null; job: TEventJob | null; data: Record<string, unknown> }) {
  const empty = !message && !job?.error && !job?.log_excerpt && Object.keys(data).length === 0;
  return (
    <Card>
      <CardHeader title="Message" />
      <CardBody className="stack">
        {empty && <p className="text-muted">The event came with no message, job error, log or data.</p>}
        {message && <p className={styles.message}>{message}</p>}
        {job?.error && (
          <CodeBlock label="Job error" wrap maxHeight={240}>
            {job.error}
          </CodeBlock>
        )}
        {job?.log_excerpt && (
          <CodeBlock label="Log excerpt" wrap copyable maxHeight={420}>
            {job.log_excerpt}
          </CodeBlock>
        )}
        {Object.keys(data).length > 0 && (
          <div>
            <EventDataList data={data} />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
