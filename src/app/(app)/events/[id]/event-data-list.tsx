import { DescriptionList } from "@/components/ui/description-list";

/** The event's free-form `data` as label/value pairs; only nested values fall back to compact JSON. */
export function EventDataList({ data }: { data: Record<string, unknown> }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  return (
    <>
      <h3 className="section-title">Data</h3>
      <DescriptionList
        columns={2}
        items={entries.map(([key, value]) => ({ key, label: key.replaceAll("_", " "), value: formatValue(value), mono: typeof value !== "string" }))}
      />
    </>
  );
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
