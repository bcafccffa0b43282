import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * `serif` is for official documents: Nghị định 30/2020 Phụ lục I requires Times New Roman, and Tinos is
 * metric-compatible with it (same advance widths, so line breaks match a document typed in Word).
 * `sans` (Be Vietnam Pro) is for UI-style papers such as receipts. Both cover every Vietnamese letter.
 */
export type FontFamily = 'serif' | 'sans';
export type FontStyle = 'regular' | 'bold' | 'italic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic'];

const FONT_FILES: Record<FontFamily, Record<FontStyle, string>> = {
  serif: {
    regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
    bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
    italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  },
  sans: {
    regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
    bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
    italic: '@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  },
};

const POSTSCRIPT_NAMES: Record<FontFamily, Record<FontStyle, string>> = {
  serif: { regular: 'Tinos-Regular', bold: 'Tinos-Bold', italic: 'Tinos-Italic' },
  sans: { regular: 'BeVietnamPro-Regular', bold: 'BeVietnamPro-Bold', italic: 'BeVietnamPro-Italic' },
};

const require = createRequire(import.meta.url);
const cache = new Map<string, Uint8Array>();

/** TTF bytes of one face, read from the npm font package once per process. */
export function getFontBytes(family: FontFamily, style: FontStyle): Uint8Array {
  const specifier = FONT_FILES[family][style];
  let bytes = cache.get(specifier);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(require.resolve(specifier)));
    cache.set(specifier, bytes);
  }
  return bytes;
}

/**
 * Base font name for an embedded subset. PDF 32000-1 §9.6.4 marks a subset with a six-letter upper-case tag
 * and "+"; pdf-lib would otherwise append a numeric suffix, which `pdffonts` and PDF/A validators do not
 * recognise as a subset. The tag is derived from the face name so output stays byte-for-byte reproducible.
 */
export function subsetFontName(family: FontFamily, style: FontStyle): string {
  const name = POSTSCRIPT_NAMES[family][style];
  const digest = createHash('sha256').update(name).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${name}`;
}
