import { CodeBlock } from "@/components/ui/code-block";
import type { TTemplatePreview } from "@/server/templates/custom/preview-template";
import { EmailPreview } from "./email-preview";
import { SlackPreview } from "./slack-preview";
import { SmsPreview } from "./sms-preview";
import { TeamsPreview } from "./teams-preview";

/** One rendered preview in the form its channel shows it. */
export function ChannelPreview({ preview }: { preview: TTemplatePreview }) {
  switch (preview.channel) {
    case "email":
      return <EmailPreview email={preview.email} />;
    case "slack":
      return <SlackPreview payload={preview.payload} />;
    case "teams":
      return <TeamsPreview payload={preview.payload} />;
    case "webhook":
      // A webhook body is JSON by nature: the JSON is the preview.
      return (
        <CodeBlock label="Webhook JSON body" copyable maxHeight={560}>
          {JSON.stringify(preview.payload, null, 2)}
        </CodeBlock>
      );
    case "sms":
      return <SmsPreview sms={preview.sms} />;
  }
}
