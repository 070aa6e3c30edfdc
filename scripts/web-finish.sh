#!/bin/sh
# Finishes a web build in the folder given: stamps the service worker with a version
# derived from the files' contents and the list of files to cache, then writes brotli and
# gzip copies of every compressible file so servers can send them precompressed.
# Needs: brotli, gzip, sha256sum, perl.
set -eu
dir=$1
cd "$dir"
# The loader shows progress against the real size of the game, which it cannot learn
# from a precompressed response.
if [ -f start.js ]; then
	sed -i "s|__SANGO_WASM_BYTES__|$(stat -c %s sango.wasm)|" start.js
fi
find . -type f \( -name '*.br' -o -name '*.gz' \) -delete
# The comments and indentation explain the page's files to whoever reads the source in
# wasm/; the copies served go without them: about 1.6 KB (compressed) less before the
# first frame. Only whole comment lines in the scripts (which hold no template strings,
# so no line's leading space matters), and HTML and CSS comments in the page (which has
# no preformatted text).
for f in start.js later.js sw.js; do
	if [ -f "$f" ]; then sed -i '/^[[:space:]]*\/\//d; s/^[[:space:]]*//' "$f"; fi
done
if [ -f index.html ]; then perl -0pi -e 's/[ \t]*<!--.*?-->\n?//gs; s/[ \t]*\/\*.*?\*\/\n?//gs; s/^[ \t]+//gm' index.html; fi
# Every file of the build, as the service worker will request them: not the worker itself,
# nor version.txt, which the page never loads (and which exists already when a folder is
# finished twice). The compressed copies are made below, after this list.
# Fonts, narration and music are large and fetched only when needed (only Arabic and
# Chinese need their fonts, only the youngest band needs narration, and a muted game needs
# no music): they are not precached but kept by the service worker the first time they
# are fetched. They still count in the version, so a new file comes with a new build.
files=$(find . -type f ! -name sw.js ! -name version.txt | sed 's|^\./||' | LC_ALL=C sort)
version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-12)
list=$(for f in $files; do case $f in fonts/*|voice/*|music/*) ;; *) printf '"%s",' "$f" ;; esac; done | sed 's/,$//')
if [ -f sw.js ]; then
	sed -i "s|__SANGO_VERSION__|$version|g; s|\"__SANGO_FILES__\"|$list|" sw.js
fi
echo "$version" > version.txt
# Brotli at its highest quality: about 30 s more per build, and 13 % less to download for
# the game itself (2.92 MB at -q 9, 2.54 MB at -q 11), which a school shares over one link.
for f in $(find . -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.webmanifest' -o -name '*.json' -o -name '*.svg' -o -name '*.ttf' -o -name '*.otf' -o -name '*.toml' -o -name '*.bin' \)); do
	gzip -9 -k -f "$f"
	brotli -q 11 -k -f "$f"
done
echo "web build $version: $(du -sh . | cut -f1) in $dir"
