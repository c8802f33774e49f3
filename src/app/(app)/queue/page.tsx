import { QueueView } from "./queue-view";

export const metadata = { title: "Queue · OpsConductor Notify" };

export default function QueuePage() {
  return <QueueView />;
}
