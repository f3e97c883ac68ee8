import { Catalog } from "./translate";

/** Finding messages, Finnish and English. */
export const findingMessages: Catalog = {
  fi: {},
  en: {},
};
