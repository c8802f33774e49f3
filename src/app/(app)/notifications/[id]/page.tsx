import { NotificationDetail } from "./notification-detail";

export const metadata = { title: "Notification · OpsConductor Notify" };

export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <NotificationDetail id={Number(id)} />;
}
