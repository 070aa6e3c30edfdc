package classroom

import (
	"bytes"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestStopLetsDownloadsFinish stops the server while one device is halfway through the
// game and another holds a spare connection that never sends a request, as browsers do:
// the download must complete, and the stop must not wait for the spare connection.
func TestStopLetsDownloadsFinish(t *testing.T) {
	big := bytes.Repeat([]byte("sango wasm "), 3_000_000) // 33 MB: more than socket buffers hold
	web := fstest.MapFS{"index.html": {Data: []byte("<p>hi")}, "sango.wasm": {Data: big}}
	var out lockedBuffer
	base, stop := startServer(t, Config{Web: web, Log: log.New(&out, "", 0), ShutdownTimeout: 20 * time.Second})

	spare, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer spare.Close()

	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, Timeout: 30 * time.Second}
	resp, err := client.Get(base + "/sango.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	head := make([]byte, 1<<20)
	if _, err := io.ReadFull(resp.Body, head); err != nil {
		t.Fatal(err)
	}
	type result struct {
		took time.Duration
		err  error
	}
	stopped := make(chan result, 1)
	go func() {
		began := time.Now()
		err := stop()
		stopped <- result{time.Since(began), err}
	}()
	time.Sleep(300 * time.Millisecond) // the stop is under way while the device still reads
	select {
	case <-stopped:
		t.Fatal("stopped before the download finished")
	default:
	}
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("download cut short after %d bytes: %v", len(head)+len(rest), err)
	}
	if !bytes.Equal(append(head, rest...), big) {
		t.Fatalf("download incomplete: %d of %d bytes", len(head)+len(rest), len(big))
	}
	select {
	case r := <-stopped:
		if r.err != nil {
			t.Fatal(r.err)
		}
		if r.took > 3*time.Second {
			t.Fatalf("stop took %v: it waited for the spare connection", r.took)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server still running 5 s after the last download ended")
	}
	if strings.Contains(out.String(), "still running") {
		t.Fatalf("log says downloads were cut:\n%s", out.String())
	}
}
