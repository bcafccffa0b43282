import type { Eform, EformError } from '../../../contracts/catalog';
import type { ValidatorModule } from '../../../contracts/eform-standalone';

/**
 * Where the browser validates an e-form, best first:
 * 1. the version's precompiled validator (`version.eformValidator`): Ajv standalone code the server
 *    generates and serves as a same-origin ES module, allowed by `script-src 'self'` and evaluating no
 *    code; wrapped by the same wording as the server (contracts/eform-messages.ts);
 * 2. the shared core compiled here, when the page's policy allows 'unsafe-eval' (development);
 * 3. the server's `/eform/validate`, debounced (a form not yet saved, or a module that failed to load).
 * The server's check on submission stays authoritative in every case.
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

/** The version's precompiled validator, or null when it cannot be loaded (the caller falls back). */
export async function loadPrecompiledValidator(url: string, eform: Eform): Promise<Validate | null> {
  // Only a same-origin API address: the module runs with the page's rights.
  if (!url.startsWith('/api/v1/procedures/')) return null;
  try {
    const [module, { instantiateValidator }] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<ValidatorModule>,
      import('../../../contracts/eform-standalone'),
    ]);
    const compiled = instantiateValidator(module, eform);
    return (data) => compiled.validate(data).errors;
  } catch {
    return null;
  }
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
