/** The local test server's port (loopback only). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174)
