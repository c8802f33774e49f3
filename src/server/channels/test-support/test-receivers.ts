import { afterEach } from "vitest";
import { startReceiver, type TReceiver, type TReceiverHandler } from "../http/test-support/test-servers";

/**
 * Local HTTP servers standing in for Slack, Teams, Twilio or a webhook receiver, each closed
 * after its test. Call at the top level of a test file.
 */
export function testReceivers(): { start: (handler?: TReceiverHandler) => Promise<TReceiver> } {
  const open: TReceiver[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((receiver) => receiver.close()));
  });
  return {
    start: async (handler) => {
      const receiver = await startReceiver(handler);
      open.push(receiver);
      return receiver;
    },
  };
}

/** A receiver answer with a status, optional headers and a body. */
export function reply(status: number, body = "", headers: Record<string, string> = {}): TReceiverHandler {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

/** Never answers, so the sender's timeout decides. */
export const silence: TReceiverHandler = () => undefined;
