/**
 * Mantine theme: system fonts only (no web fonts from elsewhere, fast on slow links), a
 * colour-blind safe pair (blue for "now", orange for "needs attention"), a focus ring that
 * shows for keyboard users, and translated labels for Mantine's icon-only buttons (close,
 * clear, show password), which are otherwise unlabelled or English.
 */
import { createTheme, type MantineThemeOverride } from '@mantine/core';

const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif';

export interface ThemeLabels {
  close: string;
  clear: string;
  togglePassword: string;
}

export function createAppTheme(labels: ThemeLabels): MantineThemeOverride {
  const clearButtonProps = { 'aria-label': labels.clear };
  return createTheme({
    primaryColor: 'blue',
    // Shade 8 keeps white text on filled buttons above WCAG AA contrast (shade 7 is 4.2:1).
    primaryShade: 8,
    defaultRadius: 'md',
    focusRing: 'auto',
    fontFamily: systemFonts,
    headings: { fontFamily: systemFonts },
    cursorType: 'pointer',
    components: {
      // Plain objects rather than Component.extend(): importing the components here would pull
      // Modal, Select… into the first download.
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } } },
      Select: { defaultProps: { clearButtonProps } },
      FileInput: { defaultProps: { clearButtonProps } },
      MultiSelect: { defaultProps: { clearButtonProps } },
    },
  });
}
