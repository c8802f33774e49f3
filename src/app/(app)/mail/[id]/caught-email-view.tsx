"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Card, CardBody } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { DescriptionList } from "@/components/ui/description-list";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";

export function CaughtEmailView({ id }: { id: number }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.mailCatcher.byId.queryOptions({ id }), enabled: Number.isInteger(id) && id > 0 });
  const back = { href: "/mail", label: "Mail catcher" };
  if (query.isPending) return <LoadingState label="Loading email…" />;
  if (query.isError) {
    return (
      <>
        <PageHeader title="Caught email" back={back} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} />
      </>
    );
  }
  const email = query.data;
  const headers = Object.entries(email.headers);
  return (
    <>
      <PageHeader title={email.subject} back={back} />
      <Card>
        <CardBody>
          <DescriptionList
            columns={2}
            items={[
              { label: "From", value: email.mail_from },
              { label: "To", value: email.rcpt_to.join(", ") },
              { label: "Received", value: formatDateTime(email.received_at) },
              { label: "Message-ID", value: email.message_id, mono: true },
            ]}
          />
        </CardBody>
      </Card>
      <Tabs
        label="Message format"
        items={[
          {
            id: "html",
            label: "HTML",
            content: email.html ? (
              // sandbox="" runs no script and loads nothing with our origin: caught mail is untrusted.
              <iframe className="email-frame" title={`HTML part of ${email.subject}`} sandbox="" srcDoc={email.html} />
            ) : (
              <EmptyState title="No HTML part" description="This message was sent as plain text only." />
            ),
          },
          {
            id: "text",
            label: "Text",
            content: email.text ? <CodeBlock label="Plain-text part" wrap>{email.text}</CodeBlock> : <EmptyState title="No plain-text part" />,
          },
          {
            id: "headers",
            label: "Headers",
            content: <DescriptionList items={headers.map(([name, value]) => ({ key: name, label: name, value, mono: true }))} />,
          },
          { id: "source", label: "Source", content: <CodeBlock label="Raw message" copyable maxHeight={480}>{email.raw}</CodeBlock> },
        ]}
      />
    </>
  );
}
