import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// Calm navy for everything interactive; the flag red (#DA251D) only as a thin accent.
const navy: MantineColorsTuple = [
  '#edf2fa',
  '#d9e3f2',
  '#b0c5e4',
  '#85a5d6',
  '#6089c9',
  '#4876c0',
  '#3a6bbd',
  '#1f4f8f',
  '#173f74',
  '#0f2d55',
];

const flagRed: MantineColorsTuple = [
  '#fdecea',
  '#f9d3d0',
  '#f1a7a2',
  '#e97a72',
  '#e2554b',
  '#dd3b31',
  '#da251d',
  '#b81d16',
  '#951711',
  '#72110c',
];

// Dark scheme (operations centre only): blue-grey instead of Mantine's neutral grey.
const dark: MantineColorsTuple = [
  '#d5dce6',
  '#b3bdcc',
  '#93a0b4',
  '#6c7a91',
  '#3d4a5f',
  '#2c3748',
  '#222c3b',
  '#18202c',
  '#121822',
  '#0c1118',
];

// System fonts only (no web fonts: CSP and offline installs). All of these carry Vietnamese diacritics.
export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, system-ui, sans-serif';

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: { light: 7, dark: 4 },
  colors: { navy, flagRed, dark },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their system for less motion get no sliding menus and dialogs.
  respectReducedMotion: true,
  focusRing: 'auto',
  black: '#16202e',
});

/** Mantine's default dimmed, placeholder and error colours fall below 4.5:1 on white; darker ones here. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5b6573',
    '--mantine-color-placeholder': '#737d8a',
    '--mantine-color-error': flagRed[7],
  },
  dark: {
    '--mantine-color-dimmed': dark[1],
    '--mantine-color-placeholder': dark[2],
    '--mantine-color-error': flagRed[3],
  },
});
