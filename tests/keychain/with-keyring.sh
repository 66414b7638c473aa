#!/bin/sh
# with-keyring.sh COMMAND [ARG...]: runs COMMAND in a private D-Bus session with a fresh
# gnome-keyring (the Secret Service) whose "login" keyring is unlocked, under a throwaway HOME,
# so that nothing touches the user's own keychain. Everything is removed afterwards.
# Needs dbus-run-session (dbus) and gnome-keyring-daemon (gnome-keyring); tools/install-deps
# installs both. Works as root too.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing; run tools/install-deps" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/upwatch-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
# Tells the test it runs here, and not against a real user's keychain.
export UPWATCH_TEST_KEYRING=1
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- sh -c '
    printf %s upwatch-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
