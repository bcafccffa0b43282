import type { ReactNode } from 'react';

// A handful of line icons (24 × 24, 2 px stroke), decorative only: every icon sits next to its text.
function Icon({ size = 24, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

type P = { size?: number };

export const IconSearch = (p: P) => (
  <Icon {...p}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m16 16 4.5 4.5" />
  </Icon>
);

export const IconArrowRight = (p: P) => (
  <Icon {...p}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </Icon>
);

export const IconBaby = (p: P) => (
  <Icon {...p}>
    <circle cx="12" cy="7" r="3.5" />
    <path d="M5.5 20.5v-1a6.5 6.5 0 0 1 13 0v1" />
    <path d="M10.5 7.2h.01M13.5 7.2h.01" />
  </Icon>
);

export const IconRings = (p: P) => (
  <Icon {...p}>
    <circle cx="9" cy="14" r="5.5" />
    <circle cx="15" cy="14" r="5.5" />
    <path d="m10 3.5 2 2.5 2-2.5" />
  </Icon>
);

export const IconStamp = (p: P) => (
  <Icon {...p}>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5" />
    <circle cx="12" cy="14.5" r="3" />
    <path d="m10.8 14.6 1 1 1.6-1.9" />
  </Icon>
);

export const IconShop = (p: P) => (
  <Icon {...p}>
    <path d="M4 9.5V20h16V9.5" />
    <path d="M3 9.5 5 4h14l2 5.5a2.5 2.5 0 0 1-4.5 1.3 2.5 2.5 0 0 1-4.5 0 2.5 2.5 0 0 1-4.5 0A2.5 2.5 0 0 1 3 9.5" />
    <path d="M10 20v-5h4v5" />
  </Icon>
);

export const IconFileSearch = (p: P) => (
  <Icon {...p}>
    <path d="M13 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h5" />
    <path d="M13 3v5h5v3" />
    <circle cx="16.5" cy="16.5" r="3" />
    <path d="m18.8 18.8 2.2 2.2" />
  </Icon>
);

export const IconInbox = (p: P) => (
  <Icon {...p}>
    <path d="M4 13h4l1.5 3h5L16 13h4" />
    <path d="M4 13 6.5 5h11L20 13v6H4z" />
  </Icon>
);

export const IconSignature = (p: P) => (
  <Icon {...p}>
    <path d="M3 17c3-1 4-8 6-8s-1 8 1 8 2.5-4 4-4 1 3 2.5 3H21" />
    <path d="M3 21h18" />
  </Icon>
);

export const IconChart = (p: P) => (
  <Icon {...p}>
    <path d="M4 20V4M4 20h16" />
    <path d="M8 16v-4M12 16V8M16 16v-6" />
  </Icon>
);

export const IconSettings = (p: P) => (
  <Icon {...p}>
    <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
    <circle cx="15" cy="6" r="2" />
    <circle cx="9" cy="12" r="2" />
    <circle cx="17" cy="18" r="2" />
  </Icon>
);

export const IconPhone = (p: P) => (
  <Icon {...p}>
    <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
  </Icon>
);

export const IconMapPin = (p: P) => (
  <Icon {...p}>
    <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </Icon>
);
