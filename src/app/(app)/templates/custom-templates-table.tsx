import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TTemplateView } from "@/server/templates/custom/template-view";
import { actorName } from "./actor-name";
import { CHANNEL_LABEL } from "./template-fields";
import styles from "./templates.module.css";

/** The custom templates: what they serve, on which channels, when they last changed and whether they fail. */
export function CustomTemplatesTable({ templates }: { templates: readonly TTemplateView[] }) {
  return (
    <Table caption="Custom templates" stack>
      <THead>
        <Tr>
          <Th>Template</Th>
          <Th>Event types</Th>
          <Th>Channels</Th>
          <Th>Last change</Th>
          <Th numeric>Version</Th>
          <Th numeric>Failures</Th>
        </Tr>
      </THead>
      <TBody>
        {templates.map((template) => (
          <Tr key={template.key}>
            <Td label="Template">
              <RowLink href={`/templates/${template.key}`}>{template.name}</RowLink>
              <div className="mono text-sm text-muted">{template.key}</div>
            </Td>
            <Td label="Event types">
              {template.event_types.length ? (
                <ul className={styles.chips}>
                  {template.event_types.map((pattern) => (
                    <li key={pattern}>
                      <Badge tone="info" className="mono">
                        {pattern}
                      </Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-sm text-muted">Only where a rule names it</span>
              )}
            </Td>
            <Td label="Channels">
              <ul className={styles.chips}>
                {template.channels.map((channel) => (
                  <li key={channel}>
                    <Badge>{CHANNEL_LABEL[channel]}</Badge>
                  </li>
                ))}
              </ul>
            </Td>
            <Td label="Last change">
              <time dateTime={template.updated_at} title={formatDateTime(template.updated_at)}>
                {formatRelative(template.updated_at)}
              </time>
              <div className="text-sm text-muted">{actorName(template.updated_by)}</div>
            </Td>
            <Td label="Version" numeric mono>
              v{template.version}
            </Td>
            <Td label="Failures" numeric>
              <FailureCount template={template} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function FailureCount({ template }: { template: TTemplateView }) {
  if (template.failure_count === 0) return <span className="text-muted">0</span>;
  const last = template.last_failure_message ?? "No message recorded";
  return (
    <div className={styles.failure}>
      <Badge tone="danger" dot title={last}>
        {template.failure_count} {template.failure_count === 1 ? "failure" : "failures"}
      </Badge>
      <p className="text-sm text-muted">
        Last{template.last_failure_at ? ` ${formatRelative(template.last_failure_at)}` : ""}: {last}. The built-in template was sent instead.
      </p>
    </div>
  );
}
