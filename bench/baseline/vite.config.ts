import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../.work/baseline-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
})
