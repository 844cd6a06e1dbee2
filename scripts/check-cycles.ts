/**
 * `npm run lint:cycles`: no import cycle in src/. A second opinion on ESLint's
 * `import-x/no-cycle`, built independently on the TypeScript compiler: every
 * module under src/ is read, its value imports (static, re-exports and dynamic
 * `import()`; type-only imports are erased at build time and skipped, as
 * import-x does) are resolved with the project's tsconfig (`@/` alias), and the
 * strongly connected components of the graph are reported. Exit 1 on a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import ts from 'typescript'

/** Module path → the module paths it imports (values, not types). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>

/** Specifiers of the value imports of one module's source text. */
export function valueImports(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isTypeOnlyImport(node)
    )
      found.push(node.moduleSpecifier.text)
    else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !node.isTypeOnly
    )
      found.push(node.moduleSpecifier.text)
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  if (clause === undefined) return false // a side-effect import
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return (
    clause.name === undefined &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  )
}

/** Every cycle of the graph, as the modules of one strongly connected component (Tarjan). */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w))
        low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || (graph.get(v) ?? []).includes(v))
      cycles.push(component.sort())
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v)
  return cycles
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  )
}

/** The import graph of the modules under `root`, resolved with the tsconfig at `project`. */
export function importGraphOf(root: string, project: string): ImportGraph {
  const config = ts.readConfigFile(project, ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    resolve(project, '..'),
  )
  const files = sourceFiles(resolve(root))
  const inRoot = new Set(files)
  return new Map(
    files.map((file) => [
      file,
      valueImports(file, readFileSync(file, 'utf8'))
        .map(
          (spec) =>
            ts.resolveModuleName(spec, file, options, ts.sys).resolvedModule
              ?.resolvedFileName,
        )
        .filter((f): f is string => f !== undefined && inRoot.has(f)),
    ]),
  )
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === resolve(import.meta.filename)
) {
  const graph = importGraphOf('src', 'tsconfig.json')
  const cycles = findCycles(graph)
  for (const c of cycles)
    console.error(`Import cycle: ${c.map((f) => relative('.', f)).join(' ↔ ')}`)
  if (cycles.length > 0) process.exit(1)
  console.log(`No import cycle among ${graph.size} modules in src/.`)
}
