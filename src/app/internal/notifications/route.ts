import { errorResponse } from "@/server/api/rest";
import { isEventBody, submitEvents, submitNotification } from "@/server/api/submit-responses";
import { authenticateServiceToken } from "@/server/auth/service-token";

/** Service-to-service: a notification body, or an event body (it has a "type"), authenticated by NOTIFY_SERVICE_TOKEN. */
export async function POST(request: Request): Promise<Response> {
  try {
    authenticateServiceToken(request.headers.get("authorization"));
    return (await isEventBody(request)) ? await submitEvents(request, null) : await submitNotification(request, null);
  } catch (error) {
    return errorResponse(error);
  }
}
