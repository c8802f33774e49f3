import { TestAllPanel } from "./test-all-panel";

export const metadata = { title: "Test channels · OpsConductor Notify" };

export default function TestChannelsPage() {
  return <TestAllPanel />;
}
