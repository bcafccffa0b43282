import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

// Mantine's light badges keep the colour's middle shade for the text, under 4.5:1 on their tint;
// these text colours are dark enough on every tint used (checked by axe in the e2e tests).
const TEXT: Record<string, string> = {
  navy: '#0f2d55',
  teal: '#05543c',
  green: '#1f5f25',
  orange: '#7f3300',
  flagRed: '#72110c',
  gray: '#343a40',
};

/** A small label (status, paper requirement, online level) in sentence case, readable on its tint. */
export function Tag({
  color = 'navy',
  variant = 'light',
  size = 'md',
  children,
}: {
  color?: keyof typeof TEXT;
  variant?: 'light' | 'outline';
  size?: BadgeProps['size'];
  children: ReactNode;
}) {
  return (
    <Badge
      color={color}
      variant={variant}
      size={size}
      radius="sm"
      tt="none"
      styles={{
        root: { color: TEXT[color], height: 'auto', paddingBlock: 2 },
        label: { whiteSpace: 'normal' },
      }}
    >
      {children}
    </Badge>
  );
}
