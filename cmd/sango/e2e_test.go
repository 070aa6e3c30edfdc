package main

// End-to-end tests: the real game binary, in a real window under Xvfb, driven through its
// own widgets by autoplay. They need a display; `make test` provides one and sets
// SANGO_E2E=1 so that a missing display fails instead of skipping.

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"sango/game/content"
	"sango/game/level"
	"sango/game/mech"
	"sango/game/mech/sorter"
	"sango/game/runner"
	"sango/game/ui/theme"
	"sango/levels"
	"sango/locales"
)

// binary is the game built once for all tests in this file.
var binary string

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "sango-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		binary = filepath.Join(dir, "sango")
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		cmd := exec.Command(goTool, "build", "-o", binary, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building the game: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}()
	os.Exit(code)
}

func needDisplay(t testing.TB) {
	t.Helper()
	if os.Getenv("DISPLAY") != "" {
		return
	}
	if os.Getenv("SANGO_E2E") == "1" {
		t.Fatal("SANGO_E2E=1 but DISPLAY is empty: run under xvfb-run (make test does)")
	}
	t.Skip("no display; run `make test` to run the end-to-end tests under Xvfb")
}

type result struct {
	stdout, stderr string
	code           int
}

// play runs the game with args and extra environment, and fails the test if it hangs.
func play(t *testing.T, env []string, args ...string) result {
	t.Helper()
	// Once in a while, under the load of a whole `make test`, a game cannot connect to
	// the virtual display (glfw: "failed to open display"). That is the test machine, not
	// the game, so such a start is tried again, a few times, and said in the log.
	for attempt := 1; ; attempt++ {
		r := playOnce(t, env, args...)
		if r.code == 0 || !strings.Contains(r.stderr, "failed to open display") || attempt == 3 {
			return r
		}
		t.Logf("attempt %d could not open the display, trying again: %s", attempt, strings.TrimSpace(r.stderr))
		time.Sleep(time.Second)
	}
}

func playOnce(t *testing.T, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("sango %v hung; stdout:\n%s\nstderr:\n%s", args, out.String(), errOut.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running sango: %v", err)
	}
	return result{stdout: out.String(), stderr: errOut.String(), code: code}
}

func shippedLevels(t *testing.T) []*level.Level {
	t.Helper()
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	if len(set.Broken) > 0 || len(set.Levels) < 4 {
		t.Fatalf("shipped content: %d levels, broken %v", len(set.Levels), set.Broken)
	}
	return set.Levels
}

var outcomeLine = regexp.MustCompile(`autoplay: level (\S+) completed=(true|false) safe_first_try=(\d+) choices=(\d+) picks=(\d+) activities=(\d+) hits=(\d+) misses=(\d+) false_alarms=(\d+) correct_rejections=(\d+) strategy=(\w+)`)

type outcome struct {
	id                   string
	completed            bool
	safe, choices, picks int
	activities           int
	score                mech.Score
}

func parseOutcome(t *testing.T, r result) outcome {
	t.Helper()
	m := outcomeLine.FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("no outcome line (exit %d)\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	return outcome{id: m[1], completed: m[2] == "true", safe: atoi(m[3]), choices: atoi(m[4]), picks: atoi(m[5]),
		activities: atoi(m[6]), score: mech.Score{Hits: atoi(m[7]), Misses: atoi(m[8]), FalseAlarms: atoi(m[9]), CorrectRejections: atoi(m[10])}}
}

// expected plays the level in the pure core with the same strategy: what the child did
// through the interface must match what the rules say.
func expected(t *testing.T, l *level.Level, s runner.Strategy) runner.Result {
	t.Helper()
	r, err := runner.New(l)
	if err != nil {
		t.Fatal(err)
	}
	res, err := runner.PlayThrough(r, s)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// playedByTheRules checks that a play ended well and did what the pure rules say the
// same strategy does, and returns what was played.
func playedByTheRules(t *testing.T, l *level.Level, s runner.Strategy, r result) outcome {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	got := parseOutcome(t, r)
	want := expected(t, l, s)
	if got.id != l.ID || !got.completed || got.safe != want.SafeFirstTry || got.choices != want.Choices || got.picks != len(want.Picks) ||
		got.activities != want.Activities || got.score != want.Score {
		t.Fatalf("played %+v, the rules say %d/%d safe in %d picks, %d activities scored %+v",
			got, want.SafeFirstTry, want.Choices, len(want.Picks), want.Activities, want.Score)
	}
	return got
}

func TestEveryLevelAutoplaysToItsEnd(t *testing.T) {
	needDisplay(t)
	for _, l := range shippedLevels(t) {
		for _, c := range []struct {
			strategy string
			s        runner.Strategy
			device   string
		}{{"safe", runner.PlaySafe, "mouse"}, {"unsafe", runner.PlayUnsafe, "keys"}, {"safe", runner.PlaySafe, "touch"}} {
			t.Run(l.ID+"/"+c.strategy+"/"+c.device, func(t *testing.T) {
				// Autoplay waits on the frame clock far more than it computes, so
				// several games at once finish much sooner on two cores.
				t.Parallel()
				data := t.TempDir()
				r := play(t, nil, "-mute", "-data", data, "-level", l.ID, "-autoplay", c.strategy, "-input", c.device)
				got := playedByTheRules(t, l, c.s, r)
				if c.s == runner.PlaySafe && (got.safe != got.choices || got.score.Misses+got.score.FalseAlarms != 0) {
					t.Fatalf("a safe playthrough must be right at every choice and every judgement: %+v", got)
				}
				if c.s == runner.PlayUnsafe && (got.safe != 0 || (got.activities > 0 && got.score.Misses+got.score.FalseAlarms == 0)) {
					t.Fatalf("every choice and activity should offer a mistake to learn from: %+v", got)
				}
				if got.choices+got.activities == 0 {
					t.Fatal("a level must make the child choose or practise")
				}
				saved, err := os.ReadFile(filepath.Join(data, "progress.json"))
				if err != nil || !strings.Contains(string(saved), `"`+l.ID+`"`) {
					t.Fatalf("progress was not saved: %v %s", err, saved)
				}
			})
		}
	}
}

func TestTouchPlaysFromTheTitleScreen(t *testing.T) {
	needDisplay(t)
	// No -level: autoplay taps its way from the title screen through the band picker.
	r := play(t, nil, "-mute", "-data", t.TempDir(), "-band", "", "-autoplay", "unsafe", "-input", "touch")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if o := parseOutcome(t, r); !o.completed {
		t.Fatalf("%+v", o)
	}
}

// shotsDir is where screenshots go: build/screenshots under make test.
func shotsDir(t *testing.T) string {
	if d := os.Getenv("SANGO_SHOTS"); d != "" {
		return d
	}
	return t.TempDir()
}

func TestEverySceneScreenshot(t *testing.T) {
	needDisplay(t)
	script, err := os.ReadFile("testdata/scenes.auto")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		w, h int
	}{{"landscape", 1280, 720}, {"portrait", 412, 915}} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(shotsDir(t), c.name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			auto := filepath.Join(t.TempDir(), "scenes.auto")
			os.WriteFile(auto, bytes.ReplaceAll(script, []byte("SHOTS"), []byte(dir)), 0o644)
			r := play(t, nil, "-mute", "-data", t.TempDir(), "-autoplay", auto,
				"-width", strconv.Itoa(c.w), "-height", strconv.Itoa(c.h))
			if r.code != 0 {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			shots, _ := filepath.Glob(filepath.Join(dir, "*.png"))
			if len(shots) < 10 {
				t.Fatalf("expected a screenshot of every scene, got %v", shots)
			}
			for _, p := range shots {
				checkScreenshot(t, p, c.w, c.h, filepath.Base(p) != "help.png")
			}
		})
	}
}

// checkScreenshot asserts what a child must see on every screen: a full-size picture with
// plenty of detail, dark readable text, and the Get help control in the top bar.
func checkScreenshot(t *testing.T, path string, w, h int, wantHelpButton bool) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	if b.Dx() != w || b.Dy() != h {
		t.Errorf("%s is %dx%d, want %dx%d: the game must fill the window", path, b.Dx(), b.Dy(), w, h)
	}
	colours := map[color.RGBA]bool{}
	ink, help := 0, 0
	m := theme.For(float64(w), float64(h), 1)
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			colours[c] = true
			if near(c, theme.Ink) {
				ink++
			}
			if float64(y) < m.TopBar && (near(c, theme.Help) || near(c, theme.HelpHi)) {
				help++
			}
		}
	}
	if len(colours) < 40 {
		t.Errorf("%s looks blank: %d colours", path, len(colours))
	}
	if ink < 50 {
		t.Errorf("%s shows almost no dark text (%d samples)", path, ink)
	}
	if wantHelpButton && help < 50 {
		t.Errorf("%s: no Get help button in the top bar (%d samples)", path, help)
	}
}

func near(a, b color.RGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R)+d(a.G, b.G)+d(a.B, b.B) < 24
}

func TestBrokenLevelShowsItsProblemAndTheRestPlays(t *testing.T) {
	needDisplay(t)
	dir := t.TempDir()
	good, err := os.ReadFile("../../levels/9to12/contact-free-skins.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "9to12"), 0o755)
	os.WriteFile(filepath.Join(dir, "9to12", "good.toml"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "9to12", "broken.toml"), []byte("id = \"broken\"\nband = \"9to12\n"), 0o644)
	auto := filepath.Join(t.TempDir(), "a.auto")
	shot := filepath.Join(shotsDir(t), "levels-with-broken.png")
	brokenCard := "broken:" + filepath.Join(dir, "9to12", "broken.toml")
	os.WriteFile(auto, []byte("click play\nclick band:9to12\nexpect map\nclick broken-levels\nexpect levels\nshot "+shot+
		"\nclick "+brokenCard+"\nexpect broken\nkey back\nexpect levels"+
		"\nclick level:9to12-contact-free-skins\nplay safe\nexpect result\n"), 0o644)
	r := play(t, nil, "-mute", "-data", t.TempDir(), "-levels", dir, "-autoplay", auto)
	if r.code != 0 {
		t.Fatalf("a broken level must not stop the game: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !regexp.MustCompile(`broken\.toml:2:\d+: TOML syntax`).MatchString(r.stderr) {
		t.Fatalf("the problem must be reported as path:line:col: message; stderr:\n%s", r.stderr)
	}
	// Opening the broken level directly shows the explanation screen, not a crash.
	auto2 := filepath.Join(t.TempDir(), "b.auto")
	os.WriteFile(auto2, []byte("expect broken\nshot "+filepath.Join(shotsDir(t), "broken-level.png")+"\nkey back\nexpect levels\n"), 0o644)
	r = play(t, nil, "-mute", "-data", t.TempDir(), "-levels", dir, "-level", "broken", "-band", "9to12", "-autoplay", auto2)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestPlaysOnWithNoSoundDeviceAndWithOne(t *testing.T) {
	needDisplay(t)
	// ALSA's null device accepts sound and discards it: the audio path runs for real.
	conf := filepath.Join(t.TempDir(), "asound.conf")
	os.WriteFile(conf, []byte("pcm.!default { type null }\n"), 0o644)
	devices := []struct {
		name, env, notice string
	}{
		// This machine has no sound card: the game must say so once and play silently.
		{"no-device", "ALSA_CONFIG_PATH=/nonexistent/asound.conf", "no sound device"},
		{"null-device", "ALSA_CONFIG_PATH=" + conf, "sound on"},
	}
	said := regexp.MustCompile(`narration clips started=(\d+)`)
	for _, d := range devices {
		for _, l := range shippedLevels(t) {
			t.Run(d.name+"/"+l.ID, func(t *testing.T) {
				t.Parallel()
				strategy := "safe"
				if d.name == "null-device" {
					strategy = "unsafe"
				}
				r := play(t, []string{d.env}, "-data", t.TempDir(), "-level", l.ID, "-autoplay", strategy)
				if r.code != 0 || !parseOutcome(t, r).completed {
					t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				if !strings.Contains(r.stderr, d.notice) {
					t.Fatalf("expected %q; stderr:\n%s", d.notice, r.stderr)
				}
				m := said.FindStringSubmatch(r.stdout)
				if m == nil {
					t.Fatalf("no narration count in the autoplay report:\n%s", r.stdout)
				}
				// With a device, an under-9 level is read aloud; silent, nothing is.
				n, _ := strconv.Atoi(m[1])
				spoken := d.name == "null-device" && l.Band == level.BandUnder9
				if spoken != (n > 0) {
					t.Fatalf("%d narration clips started with %s in band %s", n, d.name, l.Band)
				}
				if strings.Contains(r.stdout, "no narration") {
					t.Fatalf("narration missing:\n%s", r.stdout)
				}
			})
		}
	}
}

func TestDamagedProgressIsKeptAndTheGameStartsFresh(t *testing.T) {
	needDisplay(t)
	data := t.TempDir()
	bad := []byte("{\"version\": 1, \"levels\": {\"x\": ")
	os.WriteFile(filepath.Join(data, "progress.json"), bad, 0o644)
	auto := filepath.Join(t.TempDir(), "a.auto")
	os.WriteFile(auto, []byte("expect title\nshot "+filepath.Join(shotsDir(t), "title-progress-notice.png")+"\n"), 0o644)
	r := play(t, nil, "-mute", "-data", data, "-autoplay", auto)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	kept, _ := filepath.Glob(filepath.Join(data, "progress.damaged-*.json"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file must be kept aside, found %v", kept)
	}
	if got, _ := os.ReadFile(kept[0]); !bytes.Equal(got, bad) {
		t.Fatal("the kept copy must be the damaged file byte for byte")
	}
	r = play(t, nil, "-mute", "-data", data, "-level", "9to12-conduct-mean-meme", "-autoplay", "safe")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	saved, _ := os.ReadFile(filepath.Join(data, "progress.json"))
	if !strings.Contains(string(saved), "9to12-conduct-mean-meme") {
		t.Fatalf("new progress was not saved: %s", saved)
	}
}

func TestScreenshotFlagWritesAPictureAndExits(t *testing.T) {
	needDisplay(t)
	out := filepath.Join(shotsDir(t), "title-flag.png")
	r := play(t, nil, "-mute", "-data", t.TempDir(), "-screenshot", out, "-frames", "5")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	checkScreenshot(t, out, 1280, 720, true)
}

func TestBadArgumentsGetClearMessages(t *testing.T) {
	dir := t.TempDir()
	badScript := filepath.Join(dir, "bad.auto")
	os.WriteFile(badScript, []byte("click play\njump high\n"), 0o644)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-band", "teens"}, `-band "teens": use one of`},
		{[]string{"-autoplay", filepath.Join(dir, "missing.auto")}, "-autoplay: open"},
		{[]string{"-autoplay", badScript}, "bad.auto:2:1: unknown action \"jump\""},
		{[]string{"-autoplay", "safe", "-input", "mind"}, `-input "mind"`},
		{[]string{"-levels", filepath.Join(dir, "nope")}, "not a folder"},
		{[]string{"-width", "5"}, "-width and -height"},
	}
	for _, c := range cases {
		r := play(t, nil, c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("sango %v: exit %d, stderr %q; want exit 2 and %q", c.args, r.code, r.stderr, c.want)
		}
	}
}

// BenchmarkIdleCPU measures what a still screen costs: the game's CPU time over five
// seconds once the title screen (and then a level) is up. The target is under 5 % of one
// core; a loop that redraws every frame costs over 150 % here. It reports, never fails.
func BenchmarkIdleCPU(b *testing.B) {
	needDisplay(b)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"title", nil},
		{"level", []string{"-level", "9to12-contact-free-skins"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"-mute", "-data", b.TempDir()}, c.args...)
			cmd := exec.Command(binary, args...)
			if err := cmd.Start(); err != nil {
				b.Fatal(err)
			}
			defer func() { cmd.Process.Kill(); cmd.Wait() }()
			time.Sleep(3 * time.Second) // start-up and Sango's talking animation
			before, err := cpuTicks(cmd.Process.Pid)
			if err != nil {
				b.Fatal(err)
			}
			const window = 5 * time.Second
			time.Sleep(window)
			after, err := cpuTicks(cmd.Process.Pid)
			if err != nil {
				b.Fatal(err)
			}
			pct := 100 * float64(after-before) / clockTicksPerSecond / window.Seconds()
			b.ReportMetric(pct, "%cpu")
			fmt.Printf("idle %s screen: %.1f %% of one core (target < 5 %%)\n", c.name, pct)
		})
	}
}

// clockTicksPerSecond is Linux's USER_HZ, fixed at 100 on every architecture Go targets.
const clockTicksPerSecond = 100

// cpuTicks reads a process's user plus system time from /proc.
func cpuTicks(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("reading CPU time: %w", err)
	}
	// The command name may contain spaces; fields start after its closing parenthesis.
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, fmt.Errorf("unexpected /proc stat format")
	}
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("parsing CPU time: %v %v", err1, err2)
	}
	return utime + stime, nil
}

// TestEveryMechanicScreenshot plays every shipped level up to each of its mechanic steps
// and photographs the mechanic as it opens and after one move, landscape and on a
// portrait phone, so every mechanic in every band can be looked at as a child sees it.
func TestEveryMechanicScreenshot(t *testing.T) {
	needDisplay(t)
	for _, l := range shippedLevels(t) {
		for _, c := range []struct {
			name string
			w, h int
		}{{"landscape", 1280, 720}, {"phone", 390, 844}} {
			t.Run(l.ID+"/"+c.name, func(t *testing.T) {
				dir := filepath.Join(shotsDir(t), "mechanics")
				var script strings.Builder
				var shots []string
				for _, s := range l.Steps {
					if s.Mech == nil {
						continue
					}
					base := filepath.Join(dir, fmt.Sprintf("%s-%s-%s-%s-%s", l.Band, s.Mech.Kind(), l.ID, s.ID, c.name))
					fmt.Fprintf(&script, "reach %s\nshot %s-1-open.png\nmove unsafe\nshot %s-2-moved.png\n", s.ID, base, base)
					shots = append(shots, base+"-1-open.png", base+"-2-moved.png")
				}
				if len(shots) == 0 {
					t.Skip("no mechanic in this level")
				}
				t.Parallel()
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				auto := filepath.Join(t.TempDir(), "mech.auto")
				if err := os.WriteFile(auto, []byte(script.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				r := play(t, nil, "-mute", "-data", t.TempDir(), "-level", l.ID, "-autoplay", auto,
					"-width", strconv.Itoa(c.w), "-height", strconv.Itoa(c.h))
				if r.code != 0 {
					t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				for _, p := range shots {
					checkScreenshot(t, p, c.w, c.h, true)
				}
			})
		}
	}
}

// TestProgressUnlocksAndSurvivesARestart finishes the first level of a band, then starts
// the game again on the same data folder: the next place on the map must be open.
func TestProgressUnlocksAndSurvivesARestart(t *testing.T) {
	needDisplay(t)
	data := t.TempDir()
	set := content.Load(levels.FS(), "levels", locales.FS(), "locales")
	band := set.InBand(level.Band9to12)
	if len(band) < 2 || band[1].Risk == band[0].Risk {
		t.Fatalf("the 9to12 play order should visit another place second: %v", band)
	}
	auto := filepath.Join(t.TempDir(), "next.auto")
	next := fmt.Sprintf("click play\nclick band:9to12\nexpect map\nclick place:%s\nexpect levels\nclick level:%s\nexpect play\n", band[1].Risk, band[1].ID)
	if err := os.WriteFile(auto, []byte(next), 0o644); err != nil {
		t.Fatal(err)
	}
	// Before the first level is done, the second place is locked.
	if r := play(t, nil, "-mute", "-data", data, "-autoplay", auto); r.code == 0 || !strings.Contains(r.stdout, "disabled") {
		t.Fatalf("the second place opened before the first level was done: exit %d\n%s", r.code, r.stdout)
	}
	if r := play(t, nil, "-mute", "-data", data, "-level", band[0].ID, "-autoplay", "safe"); r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := play(t, nil, "-mute", "-data", data, "-autoplay", auto); r.code != 0 {
		t.Fatalf("after a restart the second place should be open: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestSortByDragAndBySwipe sorts every card of each shipped sort step by carrying it onto
// its bin, with the mouse and with a finger: the drag goes through the real widgets, and
// every card must count as a right first placement.
func TestSortByDragAndBySwipe(t *testing.T) {
	needDisplay(t)
	tried := 0
	for _, l := range shippedLevels(t) {
		for _, st := range l.Steps {
			spec, ok := st.Mech.(*sorter.Spec)
			if !ok {
				continue
			}
			for _, verb := range []string{"drag", "swipe"} {
				t.Run(l.ID+"/"+st.ID+"/"+verb, func(t *testing.T) {
					t.Parallel()
					var script strings.Builder
					fmt.Fprintf(&script, "reach %s\n", st.ID)
					for i, it := range spec.Items {
						fmt.Fprintf(&script, "%s %s %s\n", verb, sorter.ItemMove(i), sorter.BinMove(it.Bin))
					}
					fmt.Fprintf(&script, "expect play\nplay safe\n")
					auto := filepath.Join(t.TempDir(), "sort.auto")
					if err := os.WriteFile(auto, []byte(script.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					r := play(t, nil, "-mute", "-data", t.TempDir(), "-level", l.ID, "-autoplay", auto)
					if r.code != 0 {
						t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
					}
					got := parseOutcome(t, r)
					if !got.completed || got.score.Misses+got.score.FalseAlarms != 0 ||
						got.score.Hits+got.score.CorrectRejections < len(spec.Items) {
						t.Fatalf("carrying every card to its bin should score every card right: %+v", got)
					}
				})
			}
			tried++
		}
	}
	if tried == 0 {
		t.Fatal("no sort step in the shipped levels")
	}
}

// TestNarratedScreens plays an under-9 level with a sound device (ALSA's null one) and
// takes pictures while Sango reads: the words being said are ringed, so a child who
// cannot read knows which answer he means. Look at them in build/screenshots/narration.
func TestNarratedScreens(t *testing.T) {
	needDisplay(t)
	conf := filepath.Join(t.TempDir(), "asound.conf")
	os.WriteFile(conf, []byte("pcm.!default { type null }\n"), 0o644)
	dir := filepath.Join(shotsDir(t), "narration")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		w, h int
	}{{"laptop", 1280, 720}, {"phone", 390, 844}} {
		t.Run(c.name, func(t *testing.T) {
			script := fmt.Sprintf("expect play\nreach sort\nwait 400\nshot %[1]s/%[2]s-sort.png\nreach who\nwait 150\nshot %[1]s/%[2]s-choice.png\n", dir, c.name)
			auto := filepath.Join(t.TempDir(), "narrated.auto")
			os.WriteFile(auto, []byte(script), 0o644)
			r := play(t, []string{"ALSA_CONFIG_PATH=" + conf}, "-data", t.TempDir(), "-level", "under9-content-uh-oh-cloud",
				"-autoplay", auto, "-width", strconv.Itoa(c.w), "-height", strconv.Itoa(c.h))
			if r.code != 0 || !strings.Contains(r.stderr, "sound on") {
				t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			for _, s := range []string{"choice", "sort"} {
				checkScreenshot(t, filepath.Join(dir, c.name+"-"+s+".png"), c.w, c.h, true)
			}
		})
	}
}
