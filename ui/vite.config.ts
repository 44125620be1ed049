/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// The page is served from the embedded `dist/` by the desktop shell, and by skyfolio-server at
// `/` for browsers: no dev server is needed to build or run the app. Strings come from
// ../locales, outside this folder.
export default defineConfig({
  clearScreen: false,
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari16",
    // Keep everything in files: the window's CSP allows no inline scripts or styles.
    assetsInlineLimit: 0,
  },
  server: {
    strictPort: true,
    fs: { allow: [".", "../locales", "../icons"] },
  },
  test: {
    environment: "happy-dom",
    include: ["test/**/*.test.ts"],
  },
});
