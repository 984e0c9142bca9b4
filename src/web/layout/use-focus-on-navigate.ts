import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_ID } from './skip-link.js';

/**
 * After an in-app navigation, move the focus to the new page's main heading, so that screen
 * reader and keyboard users start at the top of the new content (as on a full page load).
 * Pages load lazily, so the heading is awaited for a moment. A navigation that opens or closes
 * a dialog over the same page (`state: { keepFocus: true }`) leaves the focus to the dialog.
 */
export function useFocusOnNavigate(): void {
  const { pathname, state } = useLocation();
  const keepFocus = (state as { keepFocus?: boolean } | null)?.keepFocus === true;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (keepFocus) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>(`#${MAIN_ID} h1`);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else if (frames++ < 90) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
    // Only a new path moves the focus; `keepFocus` is read for that navigation.
  }, [pathname]);
}
