#!/usr/bin/env bash
# Rebuild assets/plotly-atlas.min.js: plotly.js with only the trace types the atlas draws.
#
#     bash assets/build-plotly-bundle.sh      (needs node >= 20 and npm; reaches only npm)
#
# The atlas draws scatter (always in plotly.js's core), bar (the trends panel), scattergeo
# and choropleth (the map). plotly.js's ready-made partial bundles have either the map
# (geo: no bar, so bars fell back to lines) or bar (cartesian: no map), so this builds one
# with its own partial-bundle recipe (tasks/partial_bundle.mjs and
# tasks/util/bundle_wrapper.mjs in the plotly.js repository, whose tasks/ folder is not in
# the npm package):
#   1. an index like lib/index-geo.js that registers the wanted traces from plotly.js/lib;
#   2. esbuild with plotly.js's own esbuild-config.js (its plugins, aliases, target), at the
#      plugin and esbuild versions plotly.js's package.json names, minified;
#   3. the attribute descriptions stripped, as plotly.js's compress_attributes transform does
#      (they are only for the schema; about a third of the unstripped size);
#   4. the same UMD wrapper and the licence header of plotly.js's dist files, named "atlas".
# No 'calendars' component (the geo bundle has it): the atlas uses only the Gregorian calendar.
#
# The version must be the plotly.js of the plotly Python package (tests/test_app.py checks):
#     python -c "from plotly.offline import get_plotlyjs_version as v; print(v())"
# Licence: MIT, assets/LICENSE.plotly-js.txt (the bundle keeps its own and its dependencies'
# licence comments at its end).
set -euo pipefail

PLOTLY_JS_VERSION="${PLOTLY_JS_VERSION:-4.1.1}"
TRACES="${TRACES:-bar scattergeo choropleth}"
ASSETS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${OUT:-$ASSETS/plotly-atlas.min.js}"

# A fixed folder, not mktemp: plotly.js's inline-css plugin names its <style> element by the
# hash of the CSS file's absolute path, so the same path gives the same bundle, byte for byte.
work="/tmp/plotly-atlas-build"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
# --ignore-scripts: nothing from the registry runs at install time (esbuild's binary comes as
# an optional dependency and needs no install script).
npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
    "plotly.js@$PLOTLY_JS_VERSION" \
    esbuild@0.28.1 \
    esbuild-plugin-environment@0.5.0 \
    esbuild-plugin-glsl@1.4.2 \
    esbuild-plugin-inline-css@0.0.1

PLOTLY="$work/node_modules/plotly.js"
# esbuild-config.js requires tasks/util/constants.js only for the paths of its devtools
# configs, which are not used here.
mkdir -p "$PLOTLY/tasks/util"
echo "module.exports = { pathToRoot: __dirname + '/../..' };" >"$PLOTLY/tasks/util/constants.js"

{
    echo "'use strict';"
    echo "var Plotly = require('plotly.js/lib/core');"
    echo "Plotly.register(["
    for trace in $TRACES; do echo "    require('plotly.js/lib/$trace'),"; done
    echo "]);"
    echo "module.exports = Plotly;"
} >index.js

cat >build.cjs <<'EOF'
const fs = require('fs');
const path = require('path');
const { build } = require('esbuild');
const { esbuildConfig } = require('plotly.js/esbuild-config.js');

const [index, outfile, plotlyDir] = process.argv.slice(2);

// Attribute meta (descriptions, option lists, human-readable names) is only for the schema:
// the same patterns as plotly.js's compress_attributes transform, on plotly.js's own sources.
const ws = '\\s*';
const comma = ',?';
const meta = [
    new RegExp(ws + "description: '.*'" + comma, 'g'),
    new RegExp(ws + 'description: \\[[\\s\\S]*?\\]\\.join\\([\\s\\S]*?\\)' + comma, 'g'),
    new RegExp(ws + 'requiredOpts: \\[[\\s\\S]*?\\]' + comma, 'g'),
    new RegExp(ws + 'otherOpts: \\[[\\s\\S]*?\\]' + comma, 'g'),
    new RegExp(ws + "role: '.*'" + comma, 'g'),
    new RegExp(ws + "hrName: '.*'" + comma, 'g'),
];
const srcDir = path.join(fs.realpathSync(plotlyDir), 'src') + path.sep;
const stripMeta = {
    name: 'strip-attribute-meta',
    setup(b) {
        b.onLoad({ filter: /\.js$/ }, async (args) => {
            if (!args.path.startsWith(srcDir)) return undefined;
            let code = await fs.promises.readFile(args.path, 'utf8');
            for (const re of meta) code = code.replace(re, '');
            return { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
        });
    },
};

build({
    ...esbuildConfig,
    entryPoints: [index],
    outfile,
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    plugins: esbuildConfig.plugins.concat([stripMeta]),
}).then(() => {
    // plotly.js's dist wrapper: CommonJS when there is a module, else window.Plotly.
    const head = [
        '(',
        ' function(root, factory) {',
        '  if (typeof module === "object" && module.exports) {',
        '   module.exports = factory();',
        '  } else {',
        '   root.moduleName = factory();',
        '  }',
        '} (typeof self !== "undefined" ? self : this, () => {',
        '',
    ].join('\n');
    const tail = ['', 'window.Plotly = Plotly;', 'return Plotly;', '}));'].join('\n');
    // the licence header of plotly.js's own dist files, with this bundle's name
    const dist = fs.readFileSync(path.join(plotlyDir, 'dist', 'plotly.min.js'), 'utf8');
    const header = dist.slice(0, dist.indexOf('*/') + 2).replace('plotly.js', 'plotly.js (atlas - minified)');
    fs.writeFileSync(outfile, header + '\n' + head + fs.readFileSync(outfile, 'utf8') + tail);
    const css = outfile.replace(/\.js$/, '.css');
    if (fs.existsSync(css)) fs.unlinkSync(css); // esbuild's side output; the CSS is inlined
});
EOF

node build.cjs "$work/index.js" "$work/plotly-atlas.min.js" "$PLOTLY"
cp "$work/plotly-atlas.min.js" "$OUT"
cp "$PLOTLY/LICENSE" "$ASSETS/LICENSE.plotly-js.txt"
echo "$OUT: $(wc -c <"$OUT") bytes, gzip -9 $(gzip -9n <"$OUT" | wc -c) bytes"
