// node multi.js a.prisma b.prisma ... : formats the files together as one schema; writes X.formatted.prisma for each.
const fs = require("fs");
const path = require("path");
const dir = process.env.HOME + "/.cache/keel-prisma-oracle/node_modules/prisma/build";
const s = fs.readFileSync(dir + "/cli.js", "utf8");
const f = s.indexOf("vo.format=function");
const endMarker = "$e.__wbindgen_start()});";
const end = s.indexOf(endMarker, f) + endMarker.length - 3;
const st = s.lastIndexOf("=P((vo,RDe)=>{", f) + "=P((vo,RDe)=>{".length;
const mod = { exports: {} };
const vo = mod.exports;
global.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => { throw new Error(m); } };
new Function("vo", "RDe", "require", "__dirname", s.slice(st, end))(vo, mod, require, dir);
const files = process.argv.slice(2);
const params = JSON.stringify({ textDocument: { uri: "file:/" + path.basename(files[0]) }, options: { tabSize: 2, insertSpaces: true } });
const out = JSON.parse(vo.format(JSON.stringify(files.map(p => [path.basename(p), fs.readFileSync(p, "utf8")])), params));
for (const [name, text] of out) {
  const p = files.find(x => path.basename(x) === name);
  fs.writeFileSync(p.replace(/\.prisma$/, ".formatted.prisma"), text);
}
