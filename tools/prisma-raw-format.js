// Prints what Prisma 7.10.1's formatter (the function `prisma format` calls) makes of one schema file, without the
// CLI's validation step, so goldens can be made for schemas Prisma 7 rejects. Usage: node prisma-raw-format.js FILE
// Needs the oracle's npm install (~/.cache/keel-prisma-oracle). Used only to produce test goldens.
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
