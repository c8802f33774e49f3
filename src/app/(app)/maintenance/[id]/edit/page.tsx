import { EditWindowLoader } from "../../window-form-loader";

export const metadata = { title: "Edit maintenance window · OpsConductor Notify" };

export default async function EditMaintenanceWindowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditWindowLoader id={Number(id)} />;
}
