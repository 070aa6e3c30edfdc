#!/bin/sh
# Installs the Debian packages named as arguments when any is missing. As root it runs
# apt-get; otherwise it prints the command to run and fails, so nothing half-works.
set -eu
missing=""
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "Sango needs these packages (Debian names):$missing. Install them with your system's package manager." >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "Sango needs these packages:$missing" >&2
	echo "Install them with: sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
