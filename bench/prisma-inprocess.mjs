// Prisma's own time for one operation inside a running Node process (engine start and wasm compile excluded):
// WARMUP untimed runs, then RUNS timed ones; prints the median in milliseconds. Same engine and adapter set-up as
// /work/shared/prisma-oracle/engine.mjs. bench/run-diff.sh copies this file next to the oracle's node_modules.
//   node --experimental-wasm-modules prisma-inprocess.mjs diff SCHEMA.prisma [RUNS] [WARMUP]
//   node --experimental-wasm-modules prisma-inprocess.mjs introspect [RUNS] [WARMUP]     (reads $DATABASE_URL)
import { SchemaEngine } from '@prisma/schema-engine-wasm'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import fs from 'node:fs'

const [mode, ...rest] = process.argv.slice(2)
const file = mode === 'diff' ? rest.shift() : null
const runs = Number(rest[0] ?? 5)
const warmup = Number(rest[1] ?? 3)
const datasourceOnly = 'datasource db {\n  provider = "postgresql"\n}\n'
const filters = { externalTables: [], externalEnums: [] }
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: process.env.DATABASE_URL }))
const datamodels = file ? [[file, fs.readFileSync(file, 'utf8')]] : undefined
const engine = await SchemaEngine.new({ datamodels }, () => {}, adapter)
const once = async () => {
  if (mode === 'diff') {
    const to = { tag: 'schemaDatamodel', files: [{ path: file, content: fs.readFileSync(file, 'utf8') }] }
    const res = await engine.diff({ from: { tag: 'empty' }, to, script: true, exitCode: true, filters })
    if (!res.stdout) throw new Error('empty script')
  } else {
    const res = await engine.introspect({ schema: { files: [{ path: 'schema.prisma', content: datasourceOnly }] },
      baseDirectoryPath: '.', force: true, compositeTypeDepth: -1, namespaces: null })
    if (!res.schema.files.length) throw new Error('no schema')
  }
}
const times = []
for (let i = 0; i < warmup + runs; i++) {
  const t0 = process.hrtime.bigint()
  await once()
  if (i >= warmup) times.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
times.sort((a, b) => a - b)
const k = times.length
console.log(Math.round(k % 2 ? times[(k - 1) / 2] : (times[k / 2 - 1] + times[k / 2]) / 2))
process.exit(0)
