import type { Metadata } from "next";
import { AuthFrame } from "./auth-frame";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password · OpsConductor Notify" };

export default function ForgotPasswordPage() {
  return (
    <AuthFrame title="Forgot your password?" description="We email you a link to choose a new one.">
      <ForgotPasswordForm />
    </AuthFrame>
  );
}
