#!/usr/bin/env bash
# `make test-qgis340`: `make setup`, `make test` (lint, the core with and without numba, the QGIS tests) and
# `make demo` on QGIS 3.40 LTR
# (Debian 13 "trixie": Python 3.13, numpy 2) inside a chroot.
#
# The chroot is built once (debootstrap + Debian's QGIS, ~10 min) under
# $ALSA_QGIS340_ROOT (default /var/cache/alsa-qgis/trixie, outside the repository) and
# reused; a stamp file marks a finished build, so an interrupted build starts again.
# Each run copies the working tree (with .git; without .venv and build outputs) into the chroot
# and runs `make setup test-unit-numba test-qgis demo` there, with a venv kept in the
# chroot between runs (`bash scripts/qgis340.sh CMD…` runs CMD there instead, e.g.
# `/root/venv/bin/python -m pytest tests/qgis/test_x.py`). proc, sys, dev and ../shared/data (read-only, at the same place
# relative to the copy) are mounted for the run and unmounted after.
set -euo pipefail

ROOT=${ALSA_QGIS340_ROOT:-/var/cache/alsa-qgis/trixie}
STAMP="$ROOT/.alsa-chroot-ready-1"
REPO=$(cd "$(dirname "$0")/.." && pwd)
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
APT_IN_CHROOT="qgis qgis-providers python3-qgis python3-gdal gdal-bin python3-venv python3-pip python3-scipy \
python3-matplotlib xvfb xauth make git ca-certificates locales"

mirror() {  # the Debian mirror this machine's apt uses
    local uri
    uri=$(grep -hoE '^(URIs:|deb) +[a-z]+://[^ ]+/debian/?' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
        2>/dev/null | grep -v security | head -1 | awk '{print $2}') || true
    echo "${uri:-http://deb.debian.org/debian}"
}

DATA="$REPO/../shared/data"  # the real landslide data of the integration tests, read-only
MOUNTED=()
mount_all() {
    # a mount left by a killed run may show an older, deleted copy of the data: bind the current one again
    if [ -d "$DATA" ] && mountpoint -q "$ROOT/root/shared/data" \
        && [ "$(stat -c %d:%i "$DATA")" != "$(stat -c %d:%i "$ROOT/root/shared/data")" ]; then
        $SUDO umount -l "$ROOT/root/shared/data"
    fi
    if [ -d "$DATA" ] && ! mountpoint -q "$ROOT/root/shared/data"; then
        $SUDO mkdir -p "$ROOT/root/shared/data"
        $SUDO mount --bind "$DATA" "$ROOT/root/shared/data"
        $SUDO mount -o remount,ro,bind "$ROOT/root/shared/data"
        MOUNTED=("root/shared/data" "${MOUNTED[@]}")
    fi
    for d in proc sys dev dev/pts; do
        mountpoint -q "$ROOT/$d" && continue
        case $d in
            proc) $SUDO mount -t proc proc "$ROOT/proc" ;;
            *) $SUDO mount --bind "/$d" "$ROOT/$d" ;;
        esac
        MOUNTED=("$d" "${MOUNTED[@]}")
    done
    $SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
    # pip inside the chroot trusts what the host trusts
    $SUDO mkdir -p "$ROOT/etc/ssl"
    $SUDO cp "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT/etc/ssl/host-ca-bundle.crt"
}
umount_all() {
    for d in "${MOUNTED[@]}"; do $SUDO umount -l "$ROOT/$d" || true; done
    MOUNTED=()
}
trap umount_all EXIT

in_chroot() {  # a clean environment: the chroot does not inherit the host's
    $SUDO chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive \
        PIP_CERT=/etc/ssl/host-ca-bundle.crt SSL_CERT_FILE=/etc/ssl/host-ca-bundle.crt \
        REQUESTS_CA_BUNDLE=/etc/ssl/host-ca-bundle.crt PIP_DEFAULT_TIMEOUT=180 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} \
        bash -c "$1"
}

build() {
    local t0=$SECONDS
    echo "qgis340: building the Debian 13 chroot in $ROOT (once; about 10 minutes)"
    command -v debootstrap >/dev/null || {
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends debootstrap
    }
    $SUDO rm -rf "$ROOT"
    $SUDO mkdir -p "$ROOT"
    $SUDO debootstrap --variant=minbase trixie "$ROOT" "$(mirror)" >"$ROOT.debootstrap.log" 2>&1 || {
        tail -20 "$ROOT.debootstrap.log"
        exit 1
    }
    mount_all
    in_chroot "apt-get update -qq && apt-get install -y -qq --no-install-recommends $APT_IN_CHROOT >/dev/null"
    $SUDO touch "$STAMP"
    echo "qgis340: chroot ready ($((SECONDS - t0)) s)"
}

[ -f "$STAMP" ] || build
mount_all

t0=$SECONDS
$SUDO rm -rf "$ROOT/root/alsa"
$SUDO mkdir -p "$ROOT/root/alsa"
tar -C "$REPO" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./demo_output \
    --exclude=./bench_output --exclude='*/__pycache__' --exclude=./.pytest_cache --exclude=./.hypothesis --exclude=./.ruff_cache -cf - . |
    $SUDO tar -C "$ROOT/root/alsa" -xf -
in_chroot "apt-get install -y -qq --no-install-recommends $APT_IN_CHROOT >/dev/null 2>&1 ||
    (apt-get update -qq && apt-get install -y -qq --no-install-recommends $APT_IN_CHROOT >/dev/null)"
in_chroot ". /etc/os-release && echo \"qgis340: \$PRETTY_NAME, QGIS \$(dpkg-query -W -f='\${Version}' qgis)\""
in_chroot "cd /root/alsa && make setup VENV=/root/venv"
echo "qgis340: setup $((SECONDS - t0)) s"
t1=$SECONDS
if [ $# -gt 0 ]; then  # a command of your own in the copy, e.g. a single test file
    in_chroot "cd /root/alsa && $*"
    exit
fi
in_chroot "cd /root/alsa && make test demo VENV=/root/venv"
echo "qgis340: tests and demo $((SECONDS - t1)) s"

# The same demo on this machine's QGIS: the rates and the optimal width must be identical.
if [ -x "$REPO/.venv/bin/python" ]; then
    rm -rf "$REPO/build/demo-here"
    (cd "$REPO" && .venv/bin/python -u scripts/demo.py build/demo-here >/dev/null)
    "$REPO/.venv/bin/python" - "$REPO"/build/demo-here/Log_CF_*.json "$ROOT"/root/alsa/demo_output/Log_CF_*.json <<'PY'
import json, sys
here, there = (json.load(open(p)) for p in sys.argv[1:3])
pick = lambda log: (log["results"]["success_rate"], log["results"]["prediction_rate"], log["settings"]["bin_width_used"])
versions = [f"QGIS {log['qgis_version']}, numpy {log['software']['numpy']}" for log in (here, there)]
if pick(here) != pick(there):
    sys.exit(f"qgis340: the demo differs: {versions[0]} {pick(here)} vs {versions[1]} {pick(there)}")
print(f"qgis340: the demo is identical on {versions[0]} and {versions[1]}: success, prediction, width = {pick(here)}")
PY
fi
