/** Files larger than this are refused before reading (a definition is at most 1 MB in the service). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
