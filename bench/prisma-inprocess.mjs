// Prisma's own time for one operation inside a running Node process (engine start and wasm compile excluded),
// measured by the same rule as bench/InProcess.java: the first call (cold) is timed on its own, then calls run
// untimed for WARMUP seconds (at least one call), then RUNS calls are timed. Same engine and adapter set-up as
// /work/shared/prisma-oracle/engine.mjs. bench/run-diff.sh copies this file next to the oracle's node_modules.
//   node --experimental-wasm-modules prisma-inprocess.mjs diff SCHEMA.prisma [--runs N] [--warmup-seconds S]
//   node --experimental-wasm-modules prisma-inprocess.mjs introspect [--runs N] [--warmup-seconds S]   ($DATABASE_URL)
// Prints to stdout one line `MEDIAN_MS FIRST_MS CPU_MS`: the median wall time of the timed calls, the first call's
// wall time, and the median process CPU time (user + system, all threads) per timed call; details go to stderr.
import { SchemaEngine } from '@prisma/schema-engine-wasm'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import fs from 'node:fs'

const [mode, ...rest] = process.argv.slice(2)
const file = mode === 'diff' ? rest.shift() : null
let runs = 5
let warmupSeconds = 10
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--runs') runs = Number(rest[i + 1])
  else if (rest[i] === '--warmup-seconds') warmupSeconds = Number(rest[i + 1])
  else throw new Error(`unknown option ${rest[i]}`)
}
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
const now = () => Number(process.hrtime.bigint()) / 1e6
const t0 = now()
await once()
const first = now() - t0
const until = now() + warmupSeconds * 1000
let warm = 0
do {
  await once()
  warm++
} while (now() < until)
const wall = []
const cpu = []
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage()
  const w0 = now()
  await once()
  wall.push(now() - w0)
  const c = process.cpuUsage(c0)
  cpu.push((c.user + c.system) / 1000)
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const k = s.length
  return k % 2 ? s[(k - 1) / 2] : (s[k / 2 - 1] + s[k / 2]) / 2
}
const f1 = (x) => x.toFixed(1)
console.error(`first call ${Math.round(first)} ms; ${warm} warm-up calls in ${warmupSeconds} s; ${runs} timed: wall median ` +
  `${f1(median(wall))} ms (min ${f1(Math.min(...wall))}, max ${f1(Math.max(...wall))}), process CPU ${f1(median(cpu))} ms (medians)`)
console.log(`${Math.round(median(wall))} ${Math.round(first)} ${Math.round(median(cpu))}`)
process.exit(0)
