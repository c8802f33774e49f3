import { IntegrationsPanel } from "./integrations-panel";

export const metadata = { title: "Integrations · OpsConductor Notify" };

export default function IntegrationsPage() {
  return <IntegrationsPanel />;
}
