import { DescriptionList } from "@/components/ui/description-list";

/** Metadata as label/value pairs; nested values are shown compactly rather than as a JSON dump. */
export function MetadataList({ metadata }: { metadata: unknown }) {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return null;
  const entries = Object.entries(metadata as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <>
      <h3 className="section-title">Metadata</h3>
      <DescriptionList
        columns={2}
        items={entries.map(([key, value]) => ({
          key,
          label: key.replaceAll("_", " "),
          value: formatValue(value),
          mono: typeof value !== "string",
        }))}
      />
    </>
  );
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${key}: ${formatValue(inner)}`)
    .join("; ");
}
