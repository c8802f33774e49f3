import { z } from "zod";

/**
 * The one error type domain code throws. Routers and route handlers map the
 * code to a tRPC code or an HTTP status; nothing else decides how an error looks.
 */
export const APP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Field path (e.g. "recipient_email") -> messages. */
export type TFieldErrors = Record<string, string[]>;

/** One problem of one item of a batch: `index` in the batch, `path` inside the item; `line`/`column` inside a template source. */
export type TErrorDetail = { index: number; path: string; message: string; line?: number; column?: number };

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly fieldErrors?: TFieldErrors;
  readonly details?: TErrorDetail[];

  constructor(code: TAppErrorCode, message: string, options: { fieldErrors?: TFieldErrors; details?: TErrorDetail[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  static fromZod(error: z.ZodError, prefix = "Invalid input"): AppError {
    const fieldErrors = zodFieldErrors(error);
    const summary = Object.entries(fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
      .join("; ");
    return new AppError("BAD_REQUEST", summary ? `${prefix}: ${summary}` : prefix, { fieldErrors });
  }
}

export function zodFieldErrors(error: z.ZodError): TFieldErrors {
  const fieldErrors: TFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "body";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Parses `input` with `schema`, throwing a BAD_REQUEST AppError that names each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error);
  return result.data;
}
