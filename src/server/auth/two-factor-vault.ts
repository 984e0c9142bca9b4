/**
 * The secrets of two-factor sign-in, made and stored exactly as better-auth's two-factor plugin
 * makes and reads them (its symmetric encryption under the auth secret, its TOTP from
 * @better-auth/utils, recovery codes as an encrypted JSON array of `xxxxx-xxxxx`), so that the
 * plugin's sign-in step verifies what our use cases wrote inside our transactions.
 */
import { createOTP } from '@better-auth/utils/otp';
import { generateRandomString, symmetricDecrypt, symmetricEncrypt } from 'better-auth/crypto';
import QRCode from 'qrcode';
import { TWO_FACTOR_ISSUER, type Auth } from './auth.js';

export const RECOVERY_CODE_COUNT = 10;

export interface NewTotpSecret {
  /** What is stored (encrypted). */
  stored: string;
  /** `otpauth://totp/…` for authenticator apps. */
  otpauthUri: string;
  /** The Base32 key to type by hand when the QR code cannot be scanned. */
  manualKey: string;
  /** The URI as a QR code, an SVG data URL drawn here (no third-party service sees the secret). */
  qrCode: string;
}

export interface TwoFactorVault {
  newTotpSecret(accountName: string): Promise<NewTotpSecret>;
  /** Whether `code` is the current TOTP (±1 period, as the plugin accepts) of a stored secret. */
  checkTotp(stored: string, code: string): Promise<boolean>;
  newRecoveryCodes(): Promise<{ codes: string[]; stored: string }>;
  countRecoveryCodes(stored: string): Promise<number>;
}

/** better-auth's recovery code: 10 characters of a-z, 0-9, A-Z, split 5-5. */
function recoveryCode(): string {
  const code = generateRandomString(10, 'a-z', '0-9', 'A-Z');
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function twoFactorVault(auth: Auth): TwoFactorVault {
  // The same key the plugin uses (the auth secret, or its versioned secrets).
  const key = async () => (await auth.$context).secretConfig;
  return {
    async newTotpSecret(accountName) {
      // 32 characters from the plugin's alphabet, used as UTF-8 bytes like the plugin does.
      const secret = generateRandomString(32);
      const otpauthUri = createOTP(secret).url(TWO_FACTOR_ISSUER, accountName);
      const manualKey = new URL(otpauthUri).searchParams.get('secret') ?? '';
      const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return {
        stored: await symmetricEncrypt({ key: await key(), data: secret }),
        otpauthUri,
        manualKey,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      };
    },
    async checkTotp(stored, code) {
      const secret = await symmetricDecrypt({ key: await key(), data: stored });
      return createOTP(secret).verify(code.replace(/\s+/g, ''));
    },
    async newRecoveryCodes() {
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
      return { codes, stored: await symmetricEncrypt({ key: await key(), data: JSON.stringify(codes) }) };
    },
    async countRecoveryCodes(stored) {
      try {
        const codes: unknown = JSON.parse(await symmetricDecrypt({ key: await key(), data: stored }));
        return Array.isArray(codes) ? codes.length : 0;
      } catch {
        return 0;
      }
    },
  };
}
