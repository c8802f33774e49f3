import { NewPolicyLoader } from "../policy-form-loader";

export const metadata = { title: "New escalation policy · OpsConductor Notify" };

export default function NewEscalationPolicyPage() {
  return <NewPolicyLoader />;
}
