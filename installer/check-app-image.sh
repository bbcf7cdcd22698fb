#!/usr/bin/env bash
# Smoke test of a packaged Meshwright: runs the launcher of an app-image (or of an installed
# package) headless, as CI or a user in a terminal would, and checks exit codes and output.
#   installer/check-app-image.sh [LAUNCHER]     default: target/dist/meshwright/bin/meshwright
# Build the app-image first: mvn -Pdist -DskipTests -Ddist.skipPackage package
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=${1:-target/dist/meshwright/bin/meshwright}
[ -x "$launcher" ] || { echo "check-app-image: no launcher at $launcher; build it with mvn -Pdist package" >&2; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME EXPECTED_EXIT ARGS...: runs the launcher without a display, keeps stdout/stderr.
run() {
    local name=$1 expected=$2 code=0
    shift 2
    env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@" >"$work/$name.out" 2>"$work/$name.err" || code=$?
    if [ "$code" -ne "$expected" ]; then
        echo "FAIL $name: exit $code, expected $expected" >&2
        sed 's/^/  stdout: /' "$work/$name.out" >&2
        sed 's/^/  stderr: /' "$work/$name.err" >&2
        failures=$((failures + 1))
    fi
}

# expect NAME STREAM TEXT: the command's stdout or stderr holds TEXT.
expect() {
    if ! grep -qF -- "$3" "$work/$1.$2"; then
        echo "FAIL $1: $2 lacks '$3'" >&2
        sed "s/^/  $2: /" "$work/$1.$2" >&2
        failures=$((failures + 1))
    fi
}

run version 0 --version
expect version out "meshwright $version"

run valid 0 validate samples/eshop-governed.mesh.yaml
expect valid out "samples/eshop-governed.mesh.yaml: OK"

run findings 1 validate samples/violations.mesh.yaml
expect findings out "error contract-required"

run missing 3 validate "$work/no-such.mesh.yaml"
expect missing err "no-such.mesh.yaml"

run usage 2 validate --fail-on sometimes samples/eshop-governed.mesh.yaml

# PNG export exercises Java2D and the bundled fonts in the linked runtime.
run png 0 export --format png -o "$work/eshop.png" samples/eshop-governed.mesh.yaml
if [ "$(head -c 8 "$work/eshop.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    echo "FAIL png: $work/eshop.png is not a PNG file" >&2
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "check-app-image: $failures check(s) failed for $launcher" >&2
    exit 1
fi
echo "check-app-image: $launcher passes (--version, validate, exit codes 0/1/2/3, png export)"
