import { MaintenancePanel } from "./maintenance-panel";

export const metadata = { title: "Maintenance · OpsConductor Notify" };

export default function MaintenancePage() {
  return <MaintenancePanel />;
}
