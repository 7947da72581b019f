# A CommonJS copy of the runtime's snippets beside a CommonJS glue, for a
# loader without `require(esm)` (Jest's own, Node before 20.19 / 22.12): the
# recipe in docs/runtimes-and-workers.md, run where `pkg/` is the package,
# with babel's CLI and its CommonJS plugin installed.
set -e
for f in pkg/snippets/*/src/*.mjs; do babel "$f" --plugins @babel/plugin-transform-modules-commonjs -o "${f%.mjs}.cjs"; done
sed -i -E 's#(require\((String\.raw)?["`]\./snippet[^"`]*)\.mjs(["`])\)#\1.cjs\3)#' pkg/*.js pkg/snippets/*/src/*.cjs
