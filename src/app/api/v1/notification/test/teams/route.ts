import { testChannelRoute } from "../test-channel-route";

/** Body `{"webhook_url": "<Teams Workflows URL>"}`, `{"channel_name": "…"}` or empty for the saved channel. */
export const POST = testChannelRoute("teams");
