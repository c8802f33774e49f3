import { colors } from "./theme";

export type TFact = [label: string, value: string | undefined];

/** Label/value pairs; pairs without a value are dropped so templates can list every fact unconditionally. */
export function FactsTable({ facts }: { facts: TFact[] }) {
  const shown = facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
  if (shown.length === 0) return null;
  return (
    <table className="facts" role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={table}>
      <tbody>
        {/* Index keys: free-form detail labels may repeat a fixed one such as "Time". */}
        {shown.map(([label, value], i) => (
          <tr key={i}>
            <td style={labelCell}>{label}:</td>
            <td style={valueCell}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const table = { width: "100%", borderCollapse: "collapse" as const, margin: "0 0 16px" };
const cell = {
  padding: "6px 0",
  borderBottom: `1px solid ${colors.border}`,
  fontSize: "14px",
  lineHeight: "20px",
  verticalAlign: "top" as const,
};
const labelCell = { ...cell, width: "35%", paddingRight: "12px", color: colors.muted, fontWeight: 600 };
const valueCell = { ...cell, color: colors.text, wordBreak: "break-word" as const };
