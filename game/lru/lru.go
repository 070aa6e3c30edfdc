// Package lru is the game's one cache: a map that, once what it holds costs more than
// a budget, forgets what was used least recently. The web text renderer keeps measured
// widths and drawn lines in it, the icons and shapes their painted pictures, Sango its
// poses. It is pure (no Ebitengine) so that it is tested on its own; what a forgotten
// value must release, such as an image's texture, is the eviction callback's job.
package lru

// Cache maps keys to values within a budget of cost. Get and Put are O(1): the entries
// form a doubly linked list, most recently used first, threaded through the nodes the
// map points to, so a miss never scans (the text renderer holds thousands of entries).
// It is not safe for use from more than one goroutine at once.
type Cache[K comparable, V any] struct {
	maxCost int
	cost    int
	onEvict func(K, V)
	nodes   map[K]*node[K, V]
	// newest and oldest are the ends of the list, nil when the cache is empty.
	newest, oldest *node[K, V]
}

type node[K comparable, V any] struct {
	key   K
	val   V
	cost  int
	newer *node[K, V] // towards newest; nil at newest
	older *node[K, V] // towards oldest; nil at oldest
}

// New returns a cache that keeps the total cost of its entries within maxCost, besides
// the entry stored last, which is kept whatever its cost. onEvict, if not nil, is
// called with each entry the cache forgets to keep within its budget, so that it can
// release what the value holds; it must not use the cache.
func New[K comparable, V any](maxCost int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{maxCost: maxCost, onEvict: onEvict, nodes: map[K]*node[K, V]{}}
}

// Get returns the value for k and marks it as just used.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	n, ok := c.nodes[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.pushNewest(n)
	return n.val, true
}

// Put stores v under k with the given cost (at least 1), as the most recently used
// entry, and forgets the least recently used entries until the total fits. The entry
// just stored is never forgotten, so one value larger than the whole budget still
// works; it simply goes first next time. Putting a key that is already there replaces
// its value and cost without calling onEvict for the old value: the caller replacing
// it knows whether it is still in use (it may be the same value at a new cost).
func (c *Cache[K, V]) Put(k K, v V, cost int) {
	cost = max(cost, 1)
	n, ok := c.nodes[k]
	if ok {
		c.cost -= n.cost
		c.unlink(n)
		n.val, n.cost = v, cost
	} else {
		n = &node[K, V]{key: k, val: v, cost: cost}
		c.nodes[k] = n
	}
	c.cost += cost
	c.pushNewest(n)
	for c.cost > c.maxCost && c.oldest != n {
		c.evict(c.oldest)
	}
}

// Len reports how many entries the cache holds.
func (c *Cache[K, V]) Len() int { return len(c.nodes) }

// Cost reports the total cost of the entries the cache holds.
func (c *Cache[K, V]) Cost() int { return c.cost }

func (c *Cache[K, V]) evict(n *node[K, V]) {
	c.unlink(n)
	delete(c.nodes, n.key)
	c.cost -= n.cost
	if c.onEvict != nil {
		c.onEvict(n.key, n.val)
	}
}

func (c *Cache[K, V]) pushNewest(n *node[K, V]) {
	n.newer, n.older = nil, c.newest
	if c.newest != nil {
		c.newest.newer = n
	} else {
		c.oldest = n
	}
	c.newest = n
}

func (c *Cache[K, V]) unlink(n *node[K, V]) {
	if n.newer != nil {
		n.newer.older = n.older
	} else {
		c.newest = n.older
	}
	if n.older != nil {
		n.older.newer = n.newer
	} else {
		c.oldest = n.newer
	}
}
