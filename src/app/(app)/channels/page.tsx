import { ChannelsPanel } from "./channels-panel";

export const metadata = { title: "Channels · OpsConductor Notify" };

export default function ChannelsPage() {
  return <ChannelsPanel />;
}
