import { EditPolicyLoader } from "../../policy-form-loader";

export const metadata = { title: "Edit escalation policy · OpsConductor Notify" };

export default async function EditEscalationPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditPolicyLoader id={Number(id)} />;
}
