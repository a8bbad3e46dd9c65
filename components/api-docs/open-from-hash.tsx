'use client';
// A link to one endpoint (/api-docs#post-api-v1-services) should show it opened: browsers
// scroll to a closed <details> but leave it closed.
import { useEffect } from 'react';

export function OpenFromHash() {
  useEffect(() => {
    const open = () => {
      const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (target instanceof HTMLDetailsElement) {
        target.open = true;
        target.scrollIntoView();
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  return null;
}
