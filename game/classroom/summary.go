package classroom

import (
	"context"
	"fmt"
	"log"
	"regexp"
	"time"
)

// logSummaries logs what was served every interval in which something was, so the
// teacher sees the class loading without the log naming any device or page.
func logSummaries(ctx context.Context, logger *log.Logger, stats *Stats, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	var lastRequests, lastBytes int64
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		requests, bytes := stats.Requests.Load(), stats.Bytes.Load()
		if requests == lastRequests {
			continue
		}
		logger.Printf("served %s in the last %s (%s since start)",
			counts(requests-lastRequests, bytes-lastBytes), every, counts(requests, bytes))
		lastRequests, lastBytes = requests, bytes
	}
}

func counts(requests, bytes int64) string {
	noun := "requests"
	if requests == 1 {
		noun = "request"
	}
	return fmt.Sprintf("%d %s, %.1f MB", requests, noun, float64(bytes)/1e6)
}

// Redact replaces IP addresses (with their ports) in a log message, so that nothing in
// the teacher's console identifies a child's device.
func Redact(msg string) string {
	// Compiled per call: server errors are rare, and this keeps no shared state.
	ipv4 := regexp.MustCompile(`\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b`)
	ipv6 := regexp.MustCompile(`\[[0-9A-Fa-f]*:[0-9A-Za-z:.%_-]*\](:\d+)?`) // as net.Addr writes it
	return ipv6.ReplaceAllString(ipv4.ReplaceAllString(msg, "[device]"), "[device]")
}

// redactWriter lets net/http's error logger write through Redact into the teacher's log.
type redactWriter struct {
	log *log.Logger
}

func (w redactWriter) Write(p []byte) (int, error) {
	w.log.Print(Redact(string(p)))
	return len(p), nil
}
