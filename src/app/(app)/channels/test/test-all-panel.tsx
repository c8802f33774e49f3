"use client";

import { useMutation } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { CHANNEL_KIND_LABEL } from "@/server/destinations/channel-kind";
import type { TChannelTestResult } from "@/server/destinations/channel-test-result";
import { useTRPC } from "@/trpc/react";
import styles from "../channels.module.css";
import { DIAGNOSIS_LABEL } from "../test-result-alert";

/** "Test all channels": one real test message to every configured destination at once, results side by side. */
export function TestAllPanel() {
  const trpc = useTRPC();
  const testAll = useMutation(trpc.channels.testAll.mutationOptions());

  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Test channels"
        description="Sends a test message to each of your own channels and, for operators and admins, every organisation channel, all at once."
        actions={
          <Button variant="primary" loading={testAll.isPending} onClick={() => testAll.mutate()}>
            Test all channels
          </Button>
        }
      />
      <Card>
        <CardHeader title="Results" />
        <CardBody flush>
          {testAll.isPending ? (
            <LoadingState label="Sending test messages…" />
          ) : testAll.isError ? (
            <ErrorState message={trpcErrorMessage(testAll.error)} onRetry={() => testAll.mutate()} />
          ) : !testAll.data ? (
            <EmptyState title="Nothing tested yet" description='"Test all channels" sends a real message to every destination: tell the people in those channels first.' />
          ) : testAll.data.length === 0 ? (
            <EmptyState
              title="No channels configured"
              description="Save your own destinations on My channels; admins add organisation channels on Channels."
              action={<ButtonLink href="/my-channels">Open My channels</ButtonLink>}
            />
          ) : (
            <TestResultsTable results={testAll.data} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}

function TestResultsTable({ results }: { results: TChannelTestResult[] }) {
  const failed = results.filter((result) => !result.ok).length;
  return (
    <Table caption={`Test results: ${results.length - failed} delivered, ${failed} failed`} showCaption stack>
      <THead>
        <Tr>
          <Th>Channel</Th>
          <Th>Destination</Th>
          <Th>Result</Th>
          <Th numeric>Status</Th>
          <Th numeric>Latency</Th>
          <Th>Response</Th>
        </Tr>
      </THead>
      <TBody>
        {results.map((result, index) => (
          <Tr key={`${result.scope}-${result.channel}-${result.channel_name ?? index}`}>
            <Td label="Channel">
              <span>
                {CHANNEL_KIND_LABEL[result.channel]}
                <span className="text-muted text-sm"> · {result.scope === "personal" ? "yours" : result.channel_name}</span>
              </span>
            </Td>
            <Td label="Destination" className={`${styles.target} mono text-sm`}>
              {result.destination}
            </Td>
            <Td label="Result">
              <Badge tone={result.ok ? "success" : "danger"} dot>
                {DIAGNOSIS_LABEL[result.diagnosis]}
              </Badge>
            </Td>
            <Td label="Status" numeric mono>
              {result.status ?? "—"}
            </Td>
            <Td label="Latency" numeric nowrap>
              {result.latency_ms} ms
            </Td>
            <Td label="Response" className="text-sm">
              <div>
                <span className={`${styles.response} mono`}>{result.response}</span>
                {result.note && <p className={`${styles.reason} text-muted`}>{result.note}</p>}
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
