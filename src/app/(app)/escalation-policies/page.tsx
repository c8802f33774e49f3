import { PoliciesPanel } from "./policies-panel";

export const metadata = { title: "Escalation policies · OpsConductor Notify" };

export default function EscalationPoliciesPage() {
  return <PoliciesPanel />;
}
