import { createElement } from "react";
import UserInvitation, { type Props } from "@/emails/user-invitation";
import { currentBrand } from "@/server/templates/custom/branding";
import { renderElement } from "@/server/templates/render-element";
import type { TAccountEmail } from "./send-user-email";

export async function renderInvitationEmail(props: Omit<Props, "brand">): Promise<TAccountEmail> {
  const brand = await currentBrand();
  const element = createElement(UserInvitation, { ...props, brand });
  return { subject: `${props.invitedBy} invited you to ${brand.productName}`, ...(await renderElement(element)) };
}
