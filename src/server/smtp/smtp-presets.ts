import type { TSmtpSecurity } from "./smtp-settings-schema";

export type TSmtpPreset = {
  id: string;
  label: string;
  smtp_server: string;
  smtp_port: number;
  security: TSmtpSecurity;
  /** Set when the provider wants a fixed user name (SendGrid's literal "apikey"). */
  username?: string;
  username_hint: string;
  password_hint: string;
  /** What people get wrong with this provider. */
  notes?: string;
};

/** Submission endpoints of common providers; picking one only fills the form. Client-safe. */
export const SMTP_PRESETS: readonly TSmtpPreset[] = [
  {
    id: "gmail",
    label: "Gmail / Google Workspace",
    smtp_server: "smtp.gmail.com",
    smtp_port: 587,
    security: "starttls",
    username_hint: "Your full Gmail or Workspace address",
    password_hint: "An app password (needs 2-Step Verification), not the account password",
    notes: "The from address must be the account itself or one of its verified aliases.",
  },
  {
    id: "office365",
    label: "Outlook / Office 365",
    smtp_server: "smtp.office365.com",
    smtp_port: 587,
    security: "starttls",
    username_hint: "The mailbox address, e.g. notify@yourcompany.com",
    password_hint: "The mailbox password or an app password",
    notes: "SMTP AUTH must be enabled for the mailbox in the Microsoft 365 admin center; the from address must be that mailbox.",
  },
  {
    id: "ses",
    label: "Amazon SES",
    smtp_server: "email-smtp.us-east-1.amazonaws.com",
    smtp_port: 587,
    security: "starttls",
    username_hint: "The SMTP user name from the SES console (starts with AKIA)",
    password_hint: "The SMTP password from the SES console, not the IAM secret access key",
    notes: "Replace us-east-1 with your SES region; the from address or its domain must be verified in SES.",
  },
  {
    id: "sendgrid",
    label: "SendGrid",
    smtp_server: "smtp.sendgrid.net",
    smtp_port: 587,
    security: "starttls",
    username: "apikey",
    username_hint: 'Literally "apikey"',
    password_hint: "A SendGrid API key with Mail Send permission",
    notes: "The from address must be a verified sender or on an authenticated domain.",
  },
  {
    id: "mailgun",
    label: "Mailgun",
    smtp_server: "smtp.mailgun.org",
    smtp_port: 587,
    security: "starttls",
    username_hint: "The domain's SMTP login, e.g. postmaster@mg.yourcompany.com",
    password_hint: "The SMTP password of that login",
    notes: "Use smtp.eu.mailgun.org for domains in the EU region.",
  },
  {
    id: "postmark",
    label: "Postmark",
    smtp_server: "smtp.postmarkapp.com",
    smtp_port: 587,
    security: "starttls",
    username_hint: "Your Server API token",
    password_hint: "The same Server API token",
    notes: "The from address must be a confirmed sender signature or on a verified domain.",
  },
];
