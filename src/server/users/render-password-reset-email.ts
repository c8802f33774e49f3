import { createElement } from "react";
import PasswordReset, { type Props } from "@/emails/password-reset";
import { currentBrand } from "@/server/templates/custom/branding";
import { renderElement } from "@/server/templates/render-element";
import type { TAccountEmail } from "./send-user-email";

export async function renderPasswordResetEmail(props: Omit<Props, "brand">): Promise<TAccountEmail> {
  const brand = await currentBrand();
  const element = createElement(PasswordReset, { ...props, brand });
  return { subject: `Choose a new password for ${brand.productName}`, ...(await renderElement(element)) };
}
