import { Stack } from '@mantine/core';
import { PasswordSection } from './password-section.js';
import { SessionsSection } from './sessions-section.js';
import { TwoFactorSection } from './two-factor-section.js';

/** The "Security" tab of the settings: two-step sign-in, password, where I am signed in. */
export function SecuritySection() {
  return (
    <Stack gap="xl">
      <TwoFactorSection />
      <PasswordSection />
      <SessionsSection />
    </Stack>
  );
}
