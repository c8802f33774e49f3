import { EventDetail } from "./event-detail";

export const metadata = { title: "Event · OpsConductor Notify" };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EventDetail id={id} />;
}
