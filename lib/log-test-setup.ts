import { AsyncLocalStorage } from "node:async_hooks";

// Next's server sets this before its request stores are created; a unit test does it itself.
(globalThis as unknown as { AsyncLocalStorage: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
