import { TemplateEditLoader } from "../template-edit-loader";

export const metadata = { title: "Edit template · OpsConductor Notify" };

export default async function EditTemplatePage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return <TemplateEditLoader templateKey={key} />;
}
