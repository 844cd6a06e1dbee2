/** The free-text validator shared by the English fields and their `zh` twins. */
import { z } from 'zod'

// No compiled validators: our CSP has no 'unsafe-eval', so zod's probe
// (`new Function('')`) would only be blocked and reported as a CSP violation
// (Lighthouse "inspector-issues"). Validation is the same either way. Set here,
// in the module every schema module imports first, because zod decides when an
// object schema is built: schema-zh.ts builds its objects before schema.ts's
// body runs (the CSP e2e caught the probe after the Chinese schemas landed).
z.config({ jitless: true })

export const text = z
  .string()
  .min(1, { error: 'expected non-empty text' })
  .max(2000)
