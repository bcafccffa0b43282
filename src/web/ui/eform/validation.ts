import type { Eform, EformError } from '../../../contracts/catalog';

/**
 * Where the browser validates an e-form. The core is `contracts/eform-validate.ts`, the very code the
 * server runs (Ajv plus the same bilingual wording). Ajv compiles a schema into a JavaScript function,
 * which a Content-Security-Policy without 'unsafe-eval' forbids; under such a policy the renderer asks
 * the server's `/eform/validate` instead, which runs the same core and returns the same messages.
 */

export type Validate = (data: unknown) => EformError[];
export type RemoteValidate = (data: unknown, signal: AbortSignal) => Promise<EformError[]>;

/** Whether a Content-Security-Policy header (one or several policies, comma-joined) lets scripts evaluate code. */
export function cspAllowsEval(header: string | null): boolean {
  if (!header) return true;
  return header.split(',').every((policy) => {
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
    );
    const sources = directives.get('script-src') ?? directives.get('default-src');
    return !sources || sources.includes("'unsafe-eval'");
  });
}

let evalCheck: Promise<boolean> | null = null;

/** Asks once per page load, from the policy this site sends (trying `new Function` would log a violation). */
function evalAllowed(): Promise<boolean> {
  evalCheck ??= fetch('/', { method: 'HEAD', credentials: 'same-origin' })
    .then((response) => cspAllowsEval(response.headers.get('content-security-policy')))
    .catch(() => false);
  return evalCheck;
}

/** The shared core compiled in the browser, or null when the page's policy (or the form) does not allow it. */
export async function loadLocalValidator(eform: Eform): Promise<Validate | null> {
  if (!(await evalAllowed())) return null;
  try {
    // Loaded on demand: Ajv is only needed on a page that shows a form to fill.
    const { compileEform } = await import('../../../contracts/eform-validate');
    const compiled = compileEform(eform);
    return (data) => compiled.validate(data).errors;
  } catch {
    return null;
  }
}
