package classroom

import (
	"context"
	"net"
	"net/http"
	"sync"
	"time"
)

// activeConns counts connections that are answering a request, from net/http's ConnState
// hook. http.Server.Shutdown waits up to 5 s for connections that were opened but never
// carried a request, and browsers open such spare connections ahead of need; with this
// count, stopping waits only for downloads really in progress.
type activeConns struct {
	mu     sync.Mutex
	active map[net.Conn]struct{}
}

func newActiveConns() *activeConns {
	return &activeConns{active: make(map[net.Conn]struct{})}
}

// track is the http.Server.ConnState hook. A connection leaves StateActive only after its
// response is fully flushed, so an idle count means no answer can be cut short.
func (a *activeConns) track(c net.Conn, state http.ConnState) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if state == http.StateActive {
		a.active[c] = struct{}{}
	} else {
		delete(a.active, c)
	}
}

func (a *activeConns) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.active)
}

// whenIdle returns a context that ends when parent does or when no connection is active.
func (a *activeConns) whenIdle(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if a.count() == 0 {
					cancel()
					return
				}
			}
		}
	}()
	return ctx, cancel
}
