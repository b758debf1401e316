# Sourced by the scripts: the tool paths every build and test step needs.
# npm's binaryen (wasm-opt 132) must come before anything else on PATH: Debian's wasm-opt 108
# builds a module that dies at run time.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
