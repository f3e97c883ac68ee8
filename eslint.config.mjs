import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { builtinModules } from "node:module";

/**
 * Layers that hold by themselves (see docs in README, "Layers"): each entry forbids imports
 * across a boundary, so a violation fails `npm run lint` (test/lint/boundaries.test.ts shows it).
 * Core imports no words either (src/i18n): findings are messages as data (core/message.ts),
 * rendered at the edge (i18n/render.ts).
 */
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const HOSTS = ["excel", "xlsx", "memory", "text"];
const UI_AND_PLATFORM = ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "office-*", "@microsoft/*", "@types/office-js"];

const coreBoundary = {
  files: ["src/core/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: NODE_BUILTINS.map((name) => ({ name, message: "core is pure TypeScript: no Node APIs (hosts and the CLI do file access)." })),
        patterns: [
          { regex: "^(\\.\\./)+(hosts|taskpane|cli|functions|commands)(/|$)", message: "core imports no host, UI, CLI or custom-function code." },
          { regex: "^(\\.\\./)+i18n(/|$)", message: "core imports no words (src/i18n): name a message by id and parameters (core/message.ts); edges render it." },
          { group: UI_AND_PLATFORM, message: "core imports no UI, ExcelJS or Office code." },
        ],
      },
    ],
  },
};

/** A host may not import another host: shared pieces belong in core. */
const hostBoundaries = HOSTS.map((host) => {
  const others = HOSTS.filter((h) => h !== host);
  return {
    files: [`src/hosts/${host}/**/*.ts`, `src/hosts/${host}/**/*.tsx`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: others.flatMap((h) => [`../${h}`, `../${h}/**`, `**/hosts/${h}`, `**/hosts/${h}/**`]), message: `hosts do not import each other: move what ${host} needs from another host into core.` },
            { regex: "^(\\.\\./)+(taskpane|cli|functions|commands)(/|$)", message: "a host imports no UI, CLI or custom-function code." },
          ],
        },
      ],
    },
  };
});

/** The CLI and the task pane reach a host through its index (the xlsx host's Node file access through ./node). */
const hostEntryPoints = {
  files: ["src/cli/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/functions/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["**/hosts/*/*", "!**/hosts/*/index", "!**/hosts/xlsx/node"], message: "reach a host through its index (src/hosts/NAME), not its internals." },
        ],
      },
    ],
  },
};

const cliWithoutExcelJs = {
  files: ["src/cli/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [{ name: "exceljs", message: "the CLI needs no ExcelJS of its own: use the xlsx host's types and functions." }],
        patterns: [
          { group: ["**/hosts/*/*", "!**/hosts/*/index", "!**/hosts/xlsx/node"], message: "reach a host through its index (src/hosts/NAME), not its internals." },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  coreBoundary,
  ...hostBoundaries,
  hostEntryPoints,
  // Last for the CLI: one no-restricted-imports setting per file, so it repeats the entry-point patterns.
  cliWithoutExcelJs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
