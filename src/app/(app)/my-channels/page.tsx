import { MyChannelsPanel } from "./my-channels-panel";

export const metadata = { title: "My channels · OpsConductor Notify" };

export default function MyChannelsPage() {
  return <MyChannelsPanel />;
}
