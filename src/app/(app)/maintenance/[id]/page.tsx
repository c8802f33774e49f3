import { WindowDetail } from "../window-detail";

export const metadata = { title: "Maintenance window · OpsConductor Notify" };

export default async function MaintenanceWindowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WindowDetail id={Number(id)} />;
}
