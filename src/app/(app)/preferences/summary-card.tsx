import { formatDateTime } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import styles from "./preferences.module.css";

export type TSummaryCardProps = {
  /** Recomputed from the form as it stands, before saving. */
  sentence: string;
  dirty: boolean;
  updatedAt: string | null;
};

/** What the settings do, in one paragraph that follows every edit. */
export function SummaryCard({ sentence, dirty, updatedAt }: TSummaryCardProps) {
  return (
    <Card>
      <CardHeader
        title="Summary"
        description={updatedAt ? `Last saved ${formatDateTime(updatedAt)}.` : "Defaults: nothing has been saved yet."}
        actions={dirty ? <Badge tone="warning">Not saved yet</Badge> : <Badge tone="success">Saved</Badge>}
      />
      <CardBody>
        <p className={styles.sentence} aria-live="polite">
          {sentence}
        </p>
      </CardBody>
    </Card>
  );
}
