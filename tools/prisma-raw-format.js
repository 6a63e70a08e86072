// Runs the formatter of Prisma 7.10.1's own prisma-schema wasm (the function `prisma format` calls) without the
// validation step the CLI adds, to get Prisma's formatted text for schemas Prisma 7 would reject (e.g. `url`).
const fs = require("fs");
const dir = process.env.HOME + "/.cache/keel-prisma-oracle/node_modules/prisma/build";
const s = fs.readFileSync(dir + "/cli.js", "utf8");
const f = s.indexOf("vo.format=function");
const endMarker = "$e.__wbindgen_start()});";
const end = s.indexOf(endMarker, f) + endMarker.length - 3;
const st = s.lastIndexOf("=P((vo,RDe)=>{", f) + "=P((vo,RDe)=>{".length;
const body = s.slice(st, end);
const mod = { exports: {} };
const vo = mod.exports;
global.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => { throw new Error(m); } };
new Function("vo", "RDe", "require", "__dirname", body)(vo, mod, require, dir);
const file = process.argv[2];
const schema = fs.readFileSync(file, "utf8");
const params = JSON.stringify({ textDocument: { uri: "file:/schema.prisma" }, options: { tabSize: 2, insertSpaces: true } });
const out = vo.format(JSON.stringify([["schema.prisma", schema]]), params);
const parsed = JSON.parse(out);
process.stdout.write(Array.isArray(parsed) ? parsed[0][1] : String(parsed));
