import { redirect } from "next/navigation";

// A policy has no page of its own: its address opens the editor, which shows everything it holds.
export default async function EscalationPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/escalation-policies/${encodeURIComponent(id)}/edit`);
}
