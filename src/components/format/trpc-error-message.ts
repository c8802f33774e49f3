/** A readable message for a failed tRPC call, naming bad fields when the server did. */
export function trpcErrorMessage(error: unknown): string {
  const data = (error as { data?: { fieldErrors?: Record<string, string[]> | null; code?: string } } | null)?.data;
  if (data?.code === "UNAUTHORIZED") return "Your session has ended. Sign in again.";
  if (data?.code === "FORBIDDEN") return "You don't have permission to see or change this.";
  const fields = data?.fieldErrors ? Object.entries(data.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`) : [];
  if (fields.length) return fields.join("; ");
  return error instanceof Error ? error.message : "Unexpected error";
}
