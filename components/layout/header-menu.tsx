'use client';
// The header's compact form for phones and narrow windows (below Tailwind's `lg`): the
// navigation, search, language and account controls fold into one panel behind a Menu button,
// so the header is never wider than the screen. From `lg` up the panel is `display: contents`
// and its children sit in the header row as before. The panel closes on navigation and Escape.
import { usePathname } from 'next/navigation';
import { useEffect, useId, useState, type ReactNode } from 'react';

export function HeaderMenu({ label, closeLabel, children }: { label: string; closeLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const pathname = usePathname();
  const id = useId();
  // A link followed inside the panel lands on another page: the panel is closed there.
  const isOpen = open && openedAt === pathname;

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isOpen]);

  return (
    <>
      <button
        type="button"
        className="order-2 inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-200 ring-1 ring-slate-600 hover:bg-slate-800 lg:hidden"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => {
          setOpen(!isOpen);
          setOpenedAt(pathname);
        }}
        data-testid="header-menu-button"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          {isOpen ? (
            <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
          ) : (
            <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
          )}
        </svg>
        {isOpen ? closeLabel : label}
      </button>
      <div id={id} className={`${isOpen ? 'order-3 flex w-full flex-col gap-3 pb-2' : 'hidden'} lg:contents`} data-testid="header-menu">
        {children}
      </div>
    </>
  );
}
