/**
 * E-mail through SMTP when configured (SMTP_HOST…); otherwise nothing is sent and the product
 * shows links on screen instead (invitations), so a fresh install needs no mail server.
 */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.js';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function createMailer(smtp: SmtpConfig | null): Mailer | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: smtp.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
