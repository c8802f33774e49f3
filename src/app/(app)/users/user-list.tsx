"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { roleLabels } from "@/components/user-menu";
import { useTRPC } from "@/trpc/react";
import { ChangeRoleDialog, type TRoleTarget } from "./change-role-dialog";
import { CreateUserDialog } from "./create-user-dialog";
import { InvitationList } from "./invitation-list";
import { InviteUserDialog } from "./invite-user-dialog";
import { UserActionDialog, type TUserAction } from "./user-action-dialog";

/** Everyone who can sign in (and those who no longer can), for admins: invite, create, change role, deactivate, reset. */
export function UserList() {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.manage.queryOptions());
  const me = useQuery(trpc.me.queryOptions());
  const [adding, setAdding] = useState<"invite" | "create" | null>(null);
  const [roleTarget, setRoleTarget] = useState<TRoleTarget | null>(null);
  const [action, setAction] = useState<TUserAction | null>(null);
  const forbidden = users.isError && (users.error as { data?: { code?: string } | null }).data?.code === "FORBIDDEN";
  const activeCount = users.data?.filter((user) => user.status === "active").length ?? 0;
  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Users"
        description="Who can sign in and receive notifications, with their role. Deactivated users keep their history."
        actions={
          !forbidden && (
            <span className="cluster">
              <Button onClick={() => setAdding("create")}>Create with password</Button>
              <Button variant="primary" onClick={() => setAdding("invite")}>
                Invite user
              </Button>
            </span>
          )
        }
      />
      <InviteUserDialog open={adding === "invite"} onClose={() => setAdding(null)} />
      <CreateUserDialog open={adding === "create"} onClose={() => setAdding(null)} />
      <ChangeRoleDialog user={roleTarget} onClose={() => setRoleTarget(null)} />
      <UserActionDialog action={action} onClose={() => setAction(null)} />
      {!forbidden && <InvitationList />}
      <Card>
        <CardHeader title="All users" description={users.data ? `${activeCount} active, ${users.data.length - activeCount} deactivated` : undefined} />
        <CardBody flush>
          {users.isPending ? (
            <SkeletonRows rows={4} columns={5} label="Loading users…" />
          ) : forbidden ? (
            <ErrorState title="Only admins can see the users" message="Ask an admin to change someone's preferences, or edit your own under My notification preferences." />
          ) : users.isError ? (
            <ErrorState message={trpcErrorMessage(users.error)} onRetry={() => users.refetch()} retrying={users.isFetching} />
          ) : users.data.length === 0 ? (
            <EmptyState title="No users yet" description="Invite the first colleague with the button above." />
          ) : (
            <Table caption="Users" stack>
              <THead>
                <Tr>
                  <Th>Email</Th>
                  <Th>Name</Th>
                  <Th>Role</Th>
                  <Th>Status</Th>
                  <Th>
                    <span className="visually-hidden">Actions</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {users.data.map((user) => {
                  const self = me.data?.id === user.id;
                  const active = user.status === "active";
                  return (
                    <Tr key={user.id}>
                      <Td label="Email">
                        {user.email}
                        {self && (
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
                      <Td label="Status">
                        {!active ? (
                          <Badge tone="neutral" title={user.deactivated_at ? `Since ${formatDateTime(user.deactivated_at)}` : undefined}>
                            Deactivated
                          </Badge>
                        ) : user.must_change_password ? (
                          <Badge tone="warning" title="Signs in with a temporary password and must replace it">
                            Temporary password
                          </Badge>
                        ) : (
                          <Badge tone="success" dot>
                            Active
                          </Badge>
                        )}
                      </Td>
                      <Td numeric>
                        <span className="cluster">
                          {active && (
                            <Button size="sm" aria-label={`Change the role of ${user.email}`} onClick={() => setRoleTarget({ id: user.id, email: user.email, role: user.role })}>
                              Role
                            </Button>
                          )}
                          {active && !self && (
                            <Button size="sm" aria-label={`Send ${user.email} a password-reset link`} onClick={() => setAction({ kind: "reset", id: user.id, email: user.email })}>
                              Reset password
                            </Button>
                          )}
                          {!self &&
                            (active ? (
                              <Button size="sm" variant="danger" aria-label={`Deactivate ${user.email}`} onClick={() => setAction({ kind: "deactivate", id: user.id, email: user.email })}>
                                Deactivate
                              </Button>
                            ) : (
                              <Button size="sm" aria-label={`Reactivate ${user.email}`} onClick={() => setAction({ kind: "reactivate", id: user.id, email: user.email })}>
                                Reactivate
                              </Button>
                            ))}
                          <ButtonLink href={self ? "/preferences" : `/preferences/${user.id}`} size="sm" variant="ghost" aria-label={`Preferences of ${user.email}`}>
                            Preferences
                          </ButtonLink>
                        </span>
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
