import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type TAttachmentRow = { filename: string; content_type: string; size: string; note: string | null };

/** The files stored with a notification; every delivery attempt sends these same bytes. */
export function AttachmentTable({ attachments }: { attachments: TAttachmentRow[] }) {
  return (
    <Table caption="Attachments" stack>
      <THead>
        <Tr>
          <Th>File</Th>
          <Th>Type</Th>
          <Th numeric>Size</Th>
          <Th>Note</Th>
        </Tr>
      </THead>
      <TBody>
        {attachments.map((attachment, index) => (
          // Stored in this order, never reordered; two files may share a name.
          <Tr key={index}>
            <Td label="File" mono>
              {attachment.filename}
            </Td>
            <Td label="Type" mono>
              {attachment.content_type}
            </Td>
            <Td label="Size" numeric nowrap>
              {attachment.size}
            </Td>
            <Td label="Note">{attachment.note ?? "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
