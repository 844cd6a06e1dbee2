/**
 * `npm run deps:check`: every dependency in package.json is pinned to an exact
 * version, the lockfile agrees with package.json, and every locked package has
 * an exact version and an integrity hash. Works offline (the npm audit endpoint
 * is not reachable from our machines, so CI relies on this instead).
 */
import { readFileSync } from 'node:fs'

const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

interface Manifest {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
interface Lock {
  lockfileVersion: number
  packages: Record<
    string,
    {
      version?: string
      integrity?: string
      link?: boolean
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
  >
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock
const problems: string[] = []

for (const field of ['dependencies', 'devDependencies'] as const)
  for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
    if (!EXACT.test(spec))
      problems.push(
        `package.json ${field}.${name}: "${spec}" is not an exact version`,
      )
    const lockedSpec = lock.packages['']?.[field]?.[name]
    if (lockedSpec !== spec)
      problems.push(
        `package-lock.json root ${field}.${name}: "${lockedSpec}" differs from package.json "${spec}" (run npm install)`,
      )
    const installed = lock.packages[`node_modules/${name}`]?.version
    if (installed !== spec)
      problems.push(
        `package-lock.json node_modules/${name}: locked ${installed}, package.json wants ${spec}`,
      )
  }
if (lock.lockfileVersion < 3)
  problems.push(`package-lock.json lockfileVersion ${lock.lockfileVersion} < 3`)
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path === '' || entry.link) continue
  if (!entry.version || !EXACT.test(entry.version))
    problems.push(`${path}: no exact version in the lockfile`)
  if (!entry.integrity)
    problems.push(`${path}: no integrity hash in the lockfile`)
}

const count = Object.keys(lock.packages).length - 1
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`)
  process.exit(1)
}
const direct = Object.keys(manifest.dependencies ?? {}).length
console.log(
  `✓ ${direct} runtime and ${Object.keys(manifest.devDependencies ?? {}).length} dev dependencies pinned; ${count} locked packages with exact versions and integrity hashes`,
)
