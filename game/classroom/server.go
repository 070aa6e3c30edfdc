package classroom

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"sync"
	"time"
)

// Config says what Serve serves and where it reports.
type Config struct {
	// Web is the web build. Without an index.html every request gets the MissingBuild page.
	Web fs.FS
	// Join is the /join page; nil leaves /join to the web build (a 404).
	Join *JoinPage
	// Log receives summary counts and the HTTP server's own errors, with addresses
	// removed; nil discards them.
	Log *log.Logger
	// Stats counts requests and bytes; nil uses a private counter.
	Stats *Stats
	// SummaryEvery is how often to log counts when something was served (default 30 s).
	SummaryEvery time.Duration
	// ShutdownTimeout is how long to let downloads finish on stop (default 5 s).
	ShutdownTimeout time.Duration
}

// Timeouts that keep a slow or stalled device from holding the laptop's connections
// for ever, chosen so that a real download over weak Wi-Fi still completes: a class
// sharing one access point can take minutes for the 4 MB game.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 90 * time.Second
	maxHeaderBytes    = 32 << 10
)

// NewSite routes /join to the join page and everything else to the web build, or every
// request to the MissingBuild page when there is no build.
func NewSite(cfg Config) http.Handler {
	if !HasGame(cfg.Web) {
		return MissingBuild{}
	}
	if cfg.Stats == nil {
		cfg.Stats = &Stats{}
	}
	return site{files: New(cfg.Web, cfg.Stats), join: cfg.Join, stats: cfg.Stats}
}

type site struct {
	files *Handler
	join  *JoinPage
	stats *Stats
}

func (s site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/join" && s.join != nil {
		// Counted like the game's files, so the summary is every request served.
		s.stats.Requests.Add(1)
		cw := &countingWriter{ResponseWriter: w}
		s.join.ServeHTTP(cw, r)
		s.stats.Bytes.Add(cw.n)
		return
	}
	s.files.ServeHTTP(w, r)
}

// Serve serves cfg on ln until ctx is done, then lets downloads in progress finish for
// up to cfg.ShutdownTimeout. It returns nil after a requested stop.
func Serve(ctx context.Context, ln net.Listener, cfg Config) error {
	if cfg.Stats == nil {
		cfg.Stats = &Stats{}
	}
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	if cfg.SummaryEvery <= 0 {
		cfg.SummaryEvery = 30 * time.Second
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 5 * time.Second
	}
	conns := newActiveConns()
	srv := &http.Server{
		Handler:           NewSite(cfg),
		ConnState:         conns.track,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		// net/http names the client's address in its own messages ("http: panic
		// serving 10.0.0.7:51234"); those pass through Redact first.
		ErrorLog: log.New(redactWriter{cfg.Log}, "", 0),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	var summaries sync.WaitGroup
	summaryCtx, stopSummaries := context.WithCancel(ctx)
	defer stopSummaries()
	summaries.Go(func() { logSummaries(summaryCtx, cfg.Log, cfg.Stats, cfg.SummaryEvery) })

	select {
	case err := <-served:
		stopSummaries()
		summaries.Wait()
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	timeout, cancelTimeout := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancelTimeout()
	stopCtx, cancel := conns.whenIdle(timeout)
	defer cancel()
	if err := srv.Shutdown(stopCtx); err != nil {
		// Shutdown stopped waiting: either only spare connections were left, or downloads
		// still running after the timeout are cut because the teacher asked to stop.
		if n := conns.count(); n > 0 {
			cfg.Log.Printf("%d downloads were still running after %s; stopping anyway", n, cfg.ShutdownTimeout)
		}
		if err := srv.Close(); err != nil {
			return fmt.Errorf("close server: %w", err)
		}
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	summaries.Wait()
	cfg.Log.Printf("stopped; served %s in all", counts(cfg.Stats.Requests.Load(), cfg.Stats.Bytes.Load()))
	return nil
}
