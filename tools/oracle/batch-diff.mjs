// Batch variant of shared/prisma-oracle's engine.mjs: one Node process asks Prisma's schema engine
// (WebAssembly) for many diffs, so golden files for hundreds of generated schemas take minutes, not hours.
// Usage (via make-diff-goldens.sh): node --experimental-wasm-modules batch-diff.mjs DIR
// For every DIR/NNNN.v1.prisma (+ NNNN.v2.prisma) writes NNNN.empty-v1.sql and NNNN.v1-v2.sql,
// or NNNN.error with Prisma's message when it rejects a schema.
import { SchemaEngine } from '@prisma/schema-engine-wasm'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import fs from 'node:fs'
import path from 'node:path'

const filters = { externalTables: [], externalEnums: [] }
const dir = path.resolve(process.argv[2])
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message(m) { process.stderr.write('engine panic: ' + m + '\n') } }

const model = (f) => ({ tag: 'schemaDatamodel', files: [{ path: f, content: fs.readFileSync(f, 'utf8') }] })

// The engine never disposes the connections it opens; track them and close them after each diff,
// or a few hundred diffs exhaust the server's connection slots.
const open = []
class Pg extends PrismaPg {
  async connect() {
    const conn = await super.connect()
    open.push(conn)
    return conn
  }
}
const adapter = bindMigrationAwareSqlAdapterFactory(new Pg({ connectionString: url }))

async function diff(from, to, files) {
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f, fs.readFileSync(f, 'utf8')]) }, () => {}, adapter)
  try {
    const res = await engine.diff({ from, to, script: true, exitCode: true, filters })
    return res.stdout ?? ''
  } finally {
    engine.free()
    for (const c of open.splice(0)) await c.dispose().catch(() => {})
  }
}

const ids = fs.readdirSync(dir).filter((f) => f.endsWith('.v1.prisma')).map((f) => f.slice(0, -'.v1.prisma'.length)).sort()
let ok = 0
for (const id of ids) {
  const v1 = path.join(dir, `${id}.v1.prisma`)
  const v2 = path.join(dir, `${id}.v2.prisma`)
  try {
    fs.writeFileSync(path.join(dir, `${id}.empty-v1.sql`), await diff({ tag: 'empty' }, model(v1), [v1]))
    if (fs.existsSync(v2)) {
      fs.writeFileSync(path.join(dir, `${id}.v1-v2.sql`), await diff(model(v1), model(v2), [v1, v2]))
    }
    ok++
  } catch (e) {
    fs.writeFileSync(path.join(dir, `${id}.error`), String(e?.message ?? e))
  }
}
process.stderr.write(`${ok}/${ids.length} accepted by Prisma\n`)
process.exit(0)
