import { AppError } from "@/server/errors/app-error";

/** A 400 that names the field, so REST clients and forms can point at it. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("BAD_REQUEST", `${field}: ${message}`, { fieldErrors: { [field]: [message] } });
}
