import { TemplateForm } from "../template-form";

export const metadata = { title: "New template · OpsConductor Notify" };

export default function NewTemplatePage() {
  return <TemplateForm template={null} />;
}
