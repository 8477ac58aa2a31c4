import { createContext } from "react";
import type { DocPlace } from "../../asl/docs/fieldDocs";

/** Where the fields below are written (a state type, a retrier, …), so help fits the place. */
export const DocPlaceContext = createContext<DocPlace | undefined>(undefined);
