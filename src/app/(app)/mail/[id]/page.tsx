import { CaughtEmailView } from "./caught-email-view";

export const metadata = { title: "Caught email · OpsConductor Notify" };

export default async function CaughtEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CaughtEmailView id={Number(id)} />;
}
