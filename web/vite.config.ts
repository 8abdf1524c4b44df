import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// `npm run dev` serves the pages with the API of a running suite (./nplv start) behind the same origin.
const gateway = process.env.NPLV_GATEWAY ?? "http://localhost:5080";

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: "../services/Gateway/wwwroot",
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": gateway,
      "/dev": gateway,
    },
  },
});
