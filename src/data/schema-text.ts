/** The free-text validator shared by the English fields and their `zh` twins. */
import { z } from 'zod'

export const text = z
  .string()
  .min(1, { error: 'expected non-empty text' })
  .max(2000)
