package locale

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"sango/game/diag"
)

var placeholderRE = regexp.MustCompile(`\{[a-z_]+\}`)

// placeholders lists the {names} in s, sorted, each once.
func placeholders(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range placeholderRE.FindAllString(s, -1) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// SourceHash fingerprints the base-language text of key in c, so a translation can
// record what it was translated from and be reported stale when that text changes.
func SourceHash(c *Catalog, key string) string {
	h := fnv.New64a()
	if p, ok := c.plurals[key]; ok {
		h.Write([]byte("count=" + p.Count))
		for _, cat := range pluralCategories {
			if s, ok := p.Forms[cat]; ok {
				h.Write([]byte("\x00" + cat + "=" + s))
			}
		}
	} else {
		h.Write([]byte(c.strings[key]))
	}
	return strconv.FormatUint(h.Sum64(), 16)
}

// Stamps records, per key, the SourceHash of the base text a translation was made from.
type Stamps map[string]string

// ParseStamps reads a stamps file: one "key hash" per line; # starts a comment.
func ParseStamps(file string, data []byte) (Stamps, []diag.Problem) {
	st := Stamps{}
	var ps []diag.Problem
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			ps = append(ps, diag.Problem{File: file, Line: i + 1, Col: 1, Msg: "expected \"key hash\"; regenerate this file with levelcheck -stamp"})
			continue
		}
		st[f[0]] = f[1]
	}
	return st, ps
}

// StampsFor records base's text for every key tr has, as a stamps file.
func StampsFor(base, tr *Catalog) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# The English each %s string was translated from, by hash; written by\n", tr.Lang)
	fmt.Fprintf(&b, "# `go run ./cmd/levelcheck -stamp %s` once the translation is up to date.\n", tr.Lang)
	for _, k := range Keys(tr) {
		if base.Has(k) {
			fmt.Fprintf(&b, "%s %s\n", k, SourceHash(base, k))
		}
	}
	return []byte(b.String())
}

// Compare checks a translation against the base language: every key there and no other,
// the same placeholders, the plural categories the language needs, its name as the game
// lists it. Stale strings (the base changed since stamps were written) and strings
// awaiting a native speaker's review are warnings: the game can ship them, a reviewer
// should see them. stamps may be nil when the translation has no stamps file.
func Compare(base, tr *Catalog, stamps Stamps, stampsFile string) []diag.Problem {
	var ps []diag.Problem
	at := func(key string, warning bool, format string, args ...any) {
		p := KeyPos(tr, key)
		ps = append(ps, diag.Problem{File: tr.file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...), Warning: warning})
	}
	if info, ok := LanguageInfo(tr.Lang); ok {
		if tr.Name != info.Name {
			at("language", false, "language is %q; the game lists %s as %q", tr.Name, tr.Lang, info.Name)
		}
		if tr.Direction != info.Direction {
			at("direction", false, "direction is %q; %s is written %s", tr.Direction, tr.Lang, info.Direction)
		}
	}
	for _, k := range Keys(base) {
		if !tr.Has(k) {
			// Reported at the top of the file, where a translator starts: the key is missing.
			p := diag.Problem{File: tr.file, Line: 1, Col: 1, Msg: fmt.Sprintf("missing %s: translate %q", k, base.Text(k))}
			ps = append(ps, p)
		}
	}
	reviewed := 0
	for _, k := range Keys(tr) {
		if !base.Has(k) {
			at(k, false, "extra key %s: %s.toml has no such string (renamed or removed?)", k, base.Lang)
			continue
		}
		comparePlaceholders(base, tr, k, at)
		if NeedsReview(tr, k) {
			reviewed++
		}
		if stamps != nil {
			if h, ok := stamps[k]; !ok || h != SourceHash(base, k) {
				at(k, true, "%s is stale: the English changed since it was translated (now %q); update it, then run levelcheck -stamp %s", k, base.Text(k), tr.Lang)
			}
		}
	}
	if stamps == nil {
		ps = append(ps, diag.Problem{File: stampsFile, Line: 1, Col: 1, Warning: true,
			Msg: "no record of the English this translation was made from, so stale strings cannot be found: run levelcheck -stamp " + tr.Lang})
	}
	if reviewed > 0 {
		at("needs_review", true, "%d strings are marked as awaiting review by a native speaker (needs_review = %q)", reviewed, tr.review)
	}
	return ps
}

// comparePlaceholders checks one key's placeholders and plural forms against the base.
func comparePlaceholders(base, tr *Catalog, k string, at func(string, bool, string, ...any)) {
	bp, basePlural := PluralOf(base, k)
	tp, trPlural := PluralOf(tr, k)
	if basePlural != trPlural {
		if basePlural {
			at(k, false, "%s must be a plural table { count = %q, ... } as in %s.toml", k, bp.Count, base.Lang)
		} else {
			at(k, false, "%s must be a plain string as in %s.toml", k, base.Lang)
		}
		return
	}
	if !basePlural {
		want, got := placeholders(base.Text(k)), placeholders(tr.Text(k))
		if strings.Join(want, ",") != strings.Join(got, ",") {
			at(k, false, "%s has placeholders %v; %s.toml has %v: keep them exactly", k, got, base.Lang, want)
		}
		return
	}
	if tp.Count != bp.Count {
		at(k, false, "%s counts by %q; %s.toml counts by %q", k, tp.Count, base.Lang, bp.Count)
	}
	need := PluralCategories(tr.Lang)
	var missing, extra []string
	for _, c := range need {
		if _, ok := tp.Forms[c]; !ok {
			missing = append(missing, c)
		}
	}
	for c := range tp.Forms {
		if !slices.Contains(need, c) {
			extra = append(extra, c)
		}
	}
	sort.Strings(extra)
	if len(missing) > 0 {
		at(k, false, "%s lacks the plural forms %v that %s uses (CLDR: %v)", k, missing, tr.Lang, need)
	}
	if len(extra) > 0 {
		at(k, false, "%s has plural forms %v that %s does not use (CLDR: %v)", k, extra, tr.Lang, need)
	}
	var all []string
	for _, s := range bp.Forms {
		all = append(all, placeholders(s)...)
	}
	want := placeholders(strings.Join(all, " "))
	for _, c := range need {
		s, ok := tp.Forms[c]
		if !ok {
			continue
		}
		got := placeholders(s)
		// A form for exactly one or two may say the number in words ("مستويان"); a form for
		// zero may say "none yet" without any number at all.
		countOnly := c == "one" || c == "two"
		fits := strings.Join(got, ",") == strings.Join(want, ",") ||
			(countOnly && subsetWithout(got, want, "{"+bp.Count+"}")) || (c == "zero" && subsetOf(got, want))
		if !fits {
			at(k, false, "%s.%s has placeholders %v; it needs %v", k, c, got, want)
		}
	}
}

// subsetOf reports whether every placeholder in got is in want.
func subsetOf(got, want []string) bool {
	for _, g := range got {
		if !slices.Contains(want, g) {
			return false
		}
	}
	return true
}

// subsetWithout reports whether got is want with, at most, the count placeholder dropped.
func subsetWithout(got, want []string, count string) bool {
	var rest []string
	for _, w := range want {
		if w != count {
			rest = append(rest, w)
		}
	}
	return strings.Join(got, ",") == strings.Join(rest, ",")
}
