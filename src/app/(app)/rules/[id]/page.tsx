import { RuleEditLoader } from "../rule-edit-loader";

export const metadata = { title: "Edit rule · OpsConductor Notify" };

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RuleEditLoader id={Number(id)} />;
}
