import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    // react-admin with MUI is one ~1.1 MB chunk (350 kB gzipped), loaded once by an admin app.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    // npm run dev passes the api's PORT down.
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
