import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { TAttachmentListing } from "./email-props";
import { colors } from "./theme";

/** Names the attached files, and says when one was cut or compressed to fit. */
export function AttachmentList({ attachments }: { attachments: TAttachmentListing[] }) {
  if (attachments.length === 0) return null;
  return (
    <Section style={{ margin: "0 0 8px" }}>
      <Text style={caption}>Attachments</Text>
      {/* Index keys: two files may share a name. */}
      {attachments.map((attachment, i) => (
        <Text key={i} style={item}>
          <strong>{attachment.filename}</strong> ({attachment.size})
          {attachment.note && (
            <>
              <br />
              <span style={note}>{attachment.note}</span>
            </>
          )}
        </Text>
      ))}
    </Section>
  );
}

const caption = { margin: "0 0 6px", fontSize: "13px", fontWeight: 600, color: colors.muted };
const item = { margin: "0 0 8px", fontSize: "14px", lineHeight: "20px", color: colors.text, wordBreak: "break-word" as const };
const note = { fontSize: "13px", color: colors.muted };
