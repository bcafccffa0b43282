/** The Cửa Số mark: a window (cửa sổ) under a red lintel. Decorative: the name is always written next to it. */
export function Logo({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="9" fill="#1f4f8f" />
      <rect x="8" y="8" width="24" height="4" rx="1.5" fill="#da251d" />
      <rect x="10.5" y="15" width="19" height="17" rx="1.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <path d="M20 15v17M10.5 23.5h19" stroke="#fff" strokeWidth="2.5" />
    </svg>
  );
}
