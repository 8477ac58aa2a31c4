/**
 * Worker entry. May import only src/asl (through interpreterHost.ts): no React, no DOM, no store.
 * The interpreter itself is a plain function (runExecution); this file only binds the protocol.
 */
import { attachInterpreterHost, type HostPort } from "./interpreterHost";

attachInterpreterHost(self as unknown as HostPort);
