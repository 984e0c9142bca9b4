import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_ID } from './skip-link.js';

/**
 * After an in-app navigation, move the focus to the new page's main heading, so that screen
 * reader and keyboard users start at the top of the new content (as on a full page load).
 * Pages load lazily, so the heading is awaited for a moment.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
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
  }, [pathname]);
}
