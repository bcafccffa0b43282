/** The internal-process editor of a procedure (quy trình nội bộ), in the back office. */
export const PROCESS_ROOT = '/can-bo/quy-trinh';
export const processPath = (code: string) => `${PROCESS_ROOT}/${encodeURIComponent(code)}/`;
