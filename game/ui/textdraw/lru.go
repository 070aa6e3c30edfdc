package textdraw

import "container/list"

// lru is a map that forgets what was used least recently once it holds more than
// maxCost, so a long session of ever-new strings cannot grow memory without bound. The
// web renderer keeps measured widths and drawn lines in two of them. It has no build tag
// so that its tests run on the desktop.
type lru[K comparable, V any] struct {
	maxCost int
	cost    int
	items   map[K]*list.Element
	order   list.List // most recently used at the front
}

type lruEntry[K comparable, V any] struct {
	key  K
	val  V
	cost int
}

func newLRU[K comparable, V any](maxCost int) *lru[K, V] {
	return &lru[K, V]{maxCost: maxCost, items: map[K]*list.Element{}}
}

// get returns the value for k and marks it as just used.
func (c *lru[K, V]) get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[K, V]).val, true
}

// put stores v under k with the given cost (at least 1) and evicts the least recently
// used entries until the total fits. The entry just stored is never evicted, so one
// value larger than the whole budget still works; it simply goes first next time.
func (c *lru[K, V]) put(k K, v V, cost int) {
	cost = max(cost, 1)
	if e, ok := c.items[k]; ok {
		en := e.Value.(*lruEntry[K, V])
		c.cost += cost - en.cost
		en.val, en.cost = v, cost
		c.order.MoveToFront(e)
	} else {
		c.items[k] = c.order.PushFront(&lruEntry[K, V]{key: k, val: v, cost: cost})
		c.cost += cost
	}
	for c.cost > c.maxCost && c.order.Len() > 1 {
		last := c.order.Back()
		en := last.Value.(*lruEntry[K, V])
		c.order.Remove(last)
		delete(c.items, en.key)
		c.cost -= en.cost
	}
}

func (c *lru[K, V]) len() int { return c.order.Len() }
