#!/bin/sh
# Finishes a web build in the folder given: stamps the service worker with a version
# derived from the files' contents and the list of files to cache, then writes brotli and
# gzip copies of every compressible file so servers can send them precompressed.
# Needs: brotli, gzip, sha256sum.
set -eu
dir=$1
cd "$dir"
rm -f ./*.br ./*.gz ./*/*.br ./*/*.gz
# Every file of the build, as the service worker will request them.
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-12)
list=$(for f in $files; do printf '"%s",' "$f"; done | sed 's/,$//')
if [ -f sw.js ]; then
	sed -i "s|__SANGO_VERSION__|$version|g; s|\"__SANGO_FILES__\"|$list|" sw.js
fi
echo "$version" > version.txt
for f in $(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.webmanifest' -o -name '*.json' -o -name '*.svg' \)); do
	gzip -9 -k -f "$f"
	brotli -q 9 -k -f "$f"
done
echo "web build $version: $(du -sh . | cut -f1) in $dir"
