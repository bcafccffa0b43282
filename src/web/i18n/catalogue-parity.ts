const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(', ');

/**
 * Where a feature's two catalogues disagree: a key in one language only, or an English message whose
 * `{placeholders}` differ from the Vietnamese one's. Empty when they agree, which each catalogue's test
 * asserts.
 */
export function catalogueMismatches(vi: Record<string, string>, en: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) if (!(key in vi)) problems.push(`${key}: only in en`);
  for (const [key, text] of Object.entries(vi)) {
    const english = en[key];
    if (english === undefined) problems.push(`${key}: only in vi`);
    else if (placeholders(english) !== placeholders(text))
      problems.push(`${key}: {${placeholders(text)}} in vi, {${placeholders(english)}} in en`);
  }
  return problems;
}
