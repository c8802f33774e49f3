import { RulesPanel } from "./rules-panel";

export const metadata = { title: "Rules · OpsConductor Notify" };

export default function RulesPage() {
  return <RulesPanel />;
}
