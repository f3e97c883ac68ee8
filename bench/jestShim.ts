/**
 * Lets a benchmark import a test helper that calls `jest.mock(name, factory)` at its top (the
 * fake Excel does, to stub one module): such a module is then loaded from the factory.
 */
import Module from "module";

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const mocks = new Map<string, () => unknown>();
const mod = Module as unknown as { _load: Loader };
const load = mod._load;
mod._load = function (request, parent, isMain) {
  const factory = mocks.get(request);
  return factory ? factory() : load.call(this, request, parent, isMain);
};
(globalThis as unknown as { jest: unknown }).jest = {
  mock: (name: string, factory: () => unknown) => mocks.set(name, factory),
  requireActual: (name: string) => Module.createRequire(__filename)(name),
};
