import { AdaptiveCard, SerializationContext } from "adaptivecards";

/** Every complaint Microsoft's own Adaptive Cards SDK has when parsing `content` (no DOM needed). */
export function adaptiveCardIssues(content: unknown): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext();
  card.parse(content, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  const validation = card.validateProperties().validationEvents.map((e) => e.message);
  return [...parseEvents, ...validation];
}
