import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately (`npx tandem`, port 3000 by default); Vite proxies to it
// without rewriting the Host header, so the server's same-origin check sees the page's origin.
const apiTarget = process.env.TANDEM_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // React, React Router, Mantine's provider and i18next make the entry ~500 kB raw (~160 kB gzip);
    // every page is a lazy chunk on top of it.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget },
      '/healthz': { target: apiTarget },
    },
  },
});
