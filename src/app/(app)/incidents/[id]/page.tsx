import { IncidentDetail } from "../incident-detail";

export const metadata = { title: "Incident · OpsConductor Notify" };

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <IncidentDetail id={Number(id)} />;
}
