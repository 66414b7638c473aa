#!/usr/bin/env bash
# The package_contents test: builds the .deb from a build tree with cpack (into a temporary
# folder; nothing is compiled here) and checks what a user gets:
#   - the file list: binary, man page, desktop entry, every hicolor icon size and the scalable
#     one, AppStream metainfo, copyright, changelog, the example agent unit;
#   - Depends names what Qt and QtKeychain load at run time;
#   - desktop-file-validate and appstreamcli validate --no-net pass on the installed files, the
#     man page renders without warnings, the metainfo's screenshots exist in docs/screenshots;
#   - lintian reports no errors.
# Usage: installer/check-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail

if [[ $# -ne 4 ]]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION APP_ID" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
app_id=$4

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian man; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (run tools/install-deps)" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/upwatch-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. The package, from what the build tree holds.
if ! (cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package (is the build tree built?)" >&2
    exit 1
fi
deb="$work/out/upwatch_${version}_amd64.deb"
if [[ ! -f "$deb" ]]; then
    ls "$work/out" >&2
    echo "FAIL: cpack did not write upwatch_${version}_amd64.deb" >&2
    exit 1
fi
pass "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. The files.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/upwatch
    /usr/share/man/man1/upwatch.1.gz
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    /usr/share/doc/upwatch/copyright
    /usr/share/doc/upwatch/changelog.gz
    /usr/share/doc/upwatch/examples/upwatch-agent.service
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    if grep -qxF "$file" "$work/files"; then
        pass "has $file"
    else
        fail "the package has no $file"
    fi
done
if grep -v '^/usr/' "$work/files" | grep -q .; then
    fail "files outside /usr: $(grep -v '^/usr/' "$work/files" | tr '\n' ' ')"
fi

# 3. The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == upwatch ]] || fail "Package is '$(field Package)', not upwatch"
[[ "$(field Version)" == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ "$(field Architecture)" == amd64 ]] || fail "Architecture is '$(field Architecture)'"
[[ "$(field Section)" == net ]] || fail "Section is '$(field Section)', not net"
[[ -n "$(field Homepage)" ]] || fail "no Homepage"
depends=$(field Depends)
# The SQLite driver, the SVG plugins, QtKeychain and the libsecret it opens with dlopen, the
# platform plugins (xcb, offscreen: libqt6gui6) and the TLS plugin (libqt6network6).
for package in libqt6sql6-sqlite libqt6svg6 libqt6keychain1 libsecret-1-0 libqt6gui6 \
    libqt6network6 libqt6widgets6 libc6; do
    if grep -Eq "(^|, )$package( |,|$)" <<<"$depends"; then
        pass "Depends names $package"
    else
        fail "Depends does not name $package: $depends"
    fi
done
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends names no Secret Service"

# 4. The installed files are valid.
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root/usr/share/applications/$app_id.desktop"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
if [[ -f "$desktop" ]]; then
    if output=$(desktop-file-validate "$desktop" 2>&1) && [[ -z "$output" ]]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $output"
    fi
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
    grep -qx "Exec=upwatch" "$desktop" || fail "the desktop entry's Exec is not upwatch"
fi
if [[ -f "$metainfo" ]]; then
    if output=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate --no-net: $output"
    fi
    grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" ||
        fail "the metainfo has no <release> for $version"
    screenshots=$(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo" || true)
    [[ -n "$screenshots" ]] || fail "the metainfo has no screenshots"
    for shot in $screenshots; do
        [[ -f "$source/$shot" ]] || fail "the metainfo shows $shot, which is not in the repository"
    done
fi
manpage="$work/root/usr/share/man/man1/upwatch.1.gz"
if [[ -f "$manpage" ]]; then
    if output=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$manpage" 2>&1 \
        >/dev/null) && [[ -z "$output" ]]; then
        pass "the man page renders without warnings"
    else
        fail "man --warnings: $output"
    fi
    zgrep -q "^\.TH UPWATCH 1 .*Upwatch $version" "$manpage" ||
        fail "the man page does not name version $version"
fi

# 5. lintian: no errors (its own failure counts as one; warnings are printed).
status=0
lintian --no-cfg "$deb" >"$work/lintian.log" 2>&1 || status=$?
grep -v 'running with root privileges' "$work/lintian.log" | sed 's/^/lintian: /' || true
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
elif [[ $status -ne 0 ]]; then
    fail "lintian failed with exit code $status"
else
    pass "lintian: no errors"
fi

if [[ $failures -gt 0 ]]; then
    echo "package_contents: $failures problem(s)" >&2
    exit 1
fi
echo "package_contents: $(basename "$deb") is complete"
