"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { roleLabels } from "@/components/user-menu";
import { useTRPC } from "@/trpc/react";

const CREATE_COMMAND = "npm run notify -- user:create --email ops@example.com --role OPERATOR";

/** Everyone who can sign in and be notified, for admins: the way into each user's preferences. */
export function UserList() {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const me = useQuery(trpc.me.queryOptions());
  const forbidden = users.isError && (users.error as { data?: { code?: string } | null }).data?.code === "FORBIDDEN";
  return (
    <div className="stack stack--lg">
      <PageHeader title="Users" description="Who can sign in and receive notifications, and a way into each one's notification preferences." />
      <Alert tone="info" title="Adding users">
        Inviting and creating users is done with the CLI for now: <code className="mono">{CREATE_COMMAND}</code> (add <code className="mono">--password</code> and{" "}
        <code className="mono">--name</code> as needed).
      </Alert>
      <Card>
        <CardHeader title="All users" description={users.data ? `${users.data.length} ${users.data.length === 1 ? "user" : "users"}` : undefined} />
        <CardBody flush>
          {users.isPending ? (
            <SkeletonRows rows={4} columns={4} label="Loading users…" />
          ) : forbidden ? (
            <ErrorState title="Only admins can see the users" message="Ask an admin to change someone's preferences, or edit your own under My notification preferences." />
          ) : users.isError ? (
            <ErrorState message={trpcErrorMessage(users.error)} onRetry={() => users.refetch()} retrying={users.isFetching} />
          ) : users.data.length === 0 ? (
            <EmptyState title="No users yet" description="Create the first one with the CLI command above." />
          ) : (
            <Table caption="Users" stack>
              <THead>
                <Tr>
                  <Th>Email</Th>
                  <Th>Name</Th>
                  <Th>Role</Th>
                  <Th>
                    <span className="visually-hidden">Actions</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {users.data.map((user) => (
                  <Tr key={user.id}>
                    <Td label="Email">
                      {user.email}
                      {me.data?.id === user.id && (
                        <>
                          {" "}
                          <Badge tone="neutral">You</Badge>
                        </>
                      )}
                    </Td>
                    <Td label="Name">{user.name ?? <span className="text-muted">—</span>}</Td>
                    <Td label="Role">
                      <Badge tone={user.role === "ADMIN" ? "info" : "neutral"}>{roleLabels[user.role]}</Badge>
                    </Td>
                    <Td numeric>
                      <ButtonLink
                        href={me.data?.id === user.id ? "/preferences" : `/preferences/${user.id}`}
                        size="sm"
                        aria-label={`Preferences of ${user.email}`}
                      >
                        Preferences
                      </ButtonLink>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
