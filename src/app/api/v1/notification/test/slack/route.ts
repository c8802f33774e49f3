import { testChannelRoute } from "../test-channel-route";

/** Body `{"webhook_url": "https://hooks.slack.com/services/…"}`, `{"channel_name": "…"}` or empty for the saved channel. */
export const POST = testChannelRoute("slack");
