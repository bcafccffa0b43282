import type { Config } from '../../../platform/config';
import { PDF_HELP, pdfCommand } from './pdf-command';
import { PKI_HELP, pkiCommand } from './pki-command';

export const SIGNING_CLI_HELP = `${PKI_HELP}\n\n${PDF_HELP}`;

/** `cuaso pki …` and `cuaso pdf …`: returns the exit code. */
export async function runSigningCli(
  args: string[],
  config: Config,
  out: (s: string) => void,
): Promise<number> {
  const [group, ...rest] = args;
  try {
    if (group === 'pki') return await pkiCommand(rest, config, out);
    if (group === 'pdf') return await pdfCommand(rest, config, out);
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out(`cuaso ${group}: ${(e as Error).message}\n\n${group === 'pki' ? PKI_HELP : PDF_HELP}`);
      return 2;
    }
    throw e;
  }
  out(SIGNING_CLI_HELP);
  return 2;
}
