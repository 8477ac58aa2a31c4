/**
 * The test corpus, vendored from ../shared/corpus so tests run the same on a clean clone
 * (`npm run sync-corpus` refreshes it; corpusDrift.test.ts says when it is stale).
 */
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));
export const GUIDE_DEFINITIONS_DIR = fileURLToPath(new URL("./corpus/guide-definitions/", import.meta.url));
export const AWS_RECORDED_DIR = fileURLToPath(new URL("./corpus/aws-recorded/", import.meta.url));
/** Where the project's shared corpus lives beside the checkout, when it does. */
export const SHARED_CORPUS_DIR = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
