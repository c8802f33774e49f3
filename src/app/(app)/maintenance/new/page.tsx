import { NewWindowLoader } from "../window-form-loader";

export const metadata = { title: "New maintenance window · OpsConductor Notify" };

export default function NewMaintenanceWindowPage() {
  return <NewWindowLoader />;
}
