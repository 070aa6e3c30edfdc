package lru

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// order lists the keys from most to least recently used, walking the list both ways
// and checking that the two walks, the map and the total cost agree.
func order[K comparable, V any](t *testing.T, c *Cache[K, V]) []K {
	t.Helper()
	var keys []K
	cost := 0
	var prev *node[K, V]
	for n := c.newest; n != nil; n = n.older {
		if n.newer != prev {
			t.Fatalf("the node for %v links back to the wrong newer node", n.key)
		}
		if c.nodes[n.key] != n {
			t.Fatalf("the list holds %v but the map does not point to that node", n.key)
		}
		if len(keys) > len(c.nodes) {
			t.Fatal("the list has a cycle")
		}
		keys = append(keys, n.key)
		cost += n.cost
		prev = n
	}
	if c.oldest != prev {
		t.Fatal("oldest is not the end of the list")
	}
	if len(keys) != len(c.nodes) || len(keys) != c.Len() {
		t.Fatalf("the list holds %d entries, the map %d, Len says %d", len(keys), len(c.nodes), c.Len())
	}
	if cost != c.Cost() {
		t.Fatalf("the entries cost %d in all, Cost says %d", cost, c.Cost())
	}
	return keys
}

// evictions returns a cache whose callback records what it forgets, in order.
func evictions(maxCost int) (*Cache[string, int], *[]string) {
	var gone []string
	c := New(maxCost, func(k string, v int) { gone = append(gone, k) })
	return c, &gone
}

func TestEvictsTheLeastRecentlyUsed(t *testing.T) {
	c, gone := evictions(3)
	c.Put("a", 1, 1)
	c.Put("b", 2, 1)
	c.Put("c", 3, 1)
	if v, ok := c.Get("a"); !ok || v != 1 {
		t.Fatalf("a = %v, %v; want 1, true", v, ok)
	}
	c.Put("d", 4, 1) // b is now the least recently used
	if _, ok := c.Get("b"); ok {
		t.Error("b should have been evicted")
	}
	if got, want := order(t, c), []string{"d", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if !slices.Equal(*gone, []string{"b"}) {
		t.Errorf("evicted %v, want [b]", *gone)
	}
	for _, k := range []string{"a", "c", "d"} {
		if _, ok := c.Get(k); !ok {
			t.Errorf("%s was evicted", k)
		}
	}
	if c.Len() != 3 || c.Cost() != 3 {
		t.Errorf("len %d cost %d, want 3 and 3", c.Len(), c.Cost())
	}
}

// Entries leave oldest first, as many as it takes to fit the new one, and each goes
// through the callback with its own value.
func TestEvictionOrderAndCallback(t *testing.T) {
	got := map[string]int{}
	var gone []string
	c := New(10, func(k string, v int) { gone = append(gone, k); got[k] = v })
	for i, k := range []string{"a", "b", "c", "d", "e"} {
		c.Put(k, 100+i, 2)
	}
	c.Get("a")
	c.Get("c")
	// Oldest first now: b d e a c. Room for 6 more needs three to go.
	c.Put("f", 7, 6)
	if want := []string{"b", "d", "e"}; !slices.Equal(gone, want) {
		t.Errorf("evicted %v, want %v", gone, want)
	}
	if got["b"] != 101 || got["d"] != 103 || got["e"] != 104 {
		t.Errorf("the callback saw values %v, want b 101, d 103, e 104", got)
	}
	if o, want := order(t, c), []string{"f", "c", "a"}; !slices.Equal(o, want) {
		t.Errorf("order %v, want %v", o, want)
	}
	if c.Cost() != 10 {
		t.Errorf("cost %d, want 10", c.Cost())
	}
}

func TestBoundsTheTotalCost(t *testing.T) {
	c := New[int, string](100, nil) // no callback is fine
	for i := range 50 {
		c.Put(i, "x", 30)
		if c.Cost() > 100 {
			t.Fatalf("cost %d over the budget after %d puts", c.Cost(), i+1)
		}
	}
	if c.Len() != 3 {
		t.Errorf("holds %d entries of cost 30 in a budget of 100, want 3", c.Len())
	}
	// A cost below 1 counts as 1, so free entries cannot pile up without bound.
	for i := range 200 {
		c.Put(1000+i, "free", 0)
	}
	if c.Len() > 100 || c.Cost() > 100 {
		t.Errorf("entries of cost 0: %d kept at cost %d, want at most 100", c.Len(), c.Cost())
	}
}

// Putting a key again replaces its value and cost, makes it the most recently used,
// and does not call the callback for the value it replaces.
func TestPutAgainReplaces(t *testing.T) {
	c, gone := evictions(10)
	c.Put("a", 1, 3)
	c.Put("b", 2, 3)
	c.Put("c", 3, 3)
	c.Put("a", 10, 1)
	if v, _ := c.Get("a"); v != 10 || c.Cost() != 7 || c.Len() != 3 {
		t.Errorf("after replacing a: value %d, cost %d, len %d; want 10, 7, 3", v, c.Cost(), c.Len())
	}
	if len(*gone) != 0 {
		t.Errorf("replacing called the callback for %v", *gone)
	}
	c.Put("b", 20, 3)
	if o, want := order(t, c), []string{"b", "a", "c"}; !slices.Equal(o, want) {
		t.Errorf("order %v, want %v", o, want)
	}
	// Growing an entry past the budget evicts the others, oldest first, not the entry.
	c.Put("a", 11, 9)
	if !slices.Equal(*gone, []string{"c", "b"}) {
		t.Errorf("growing a evicted %v, want [c b]", *gone)
	}
	if v, ok := c.Get("a"); !ok || v != 11 || c.Len() != 1 || c.Cost() != 9 {
		t.Errorf("after growing a: %d, %v, len %d, cost %d; want 11, true, 1, 9", v, ok, c.Len(), c.Cost())
	}
}

// One entry over the whole budget is kept, alone: the line just drawn must be there
// to draw. The next entry stored then evicts it.
func TestKeepsAnOversizeEntryAlone(t *testing.T) {
	c, gone := evictions(100)
	c.Put("a", 1, 40)
	c.Put("b", 2, 40)
	c.Put("huge", 3, 1000)
	if v, ok := c.Get("huge"); !ok || v != 3 || c.Len() != 1 || c.Cost() != 1000 {
		t.Errorf("an oversize entry: %d, %v, len %d, cost %d; want it alone", v, ok, c.Len(), c.Cost())
	}
	if !slices.Equal(*gone, []string{"a", "b"}) {
		t.Errorf("evicted %v, want [a b]", *gone)
	}
	c.Put("c", 4, 1)
	if !slices.Equal(*gone, []string{"a", "b", "huge"}) {
		t.Errorf("evicted %v, want [a b huge]", *gone)
	}
	if o := order(t, c); !slices.Equal(o, []string{"c"}) {
		t.Errorf("order %v, want [c]", o)
	}
}

// Random gets and puts agree with a plain slice kept in order of use, and the list
// stays consistent with the map throughout.
func TestAgreesWithASimpleModel(t *testing.T) {
	const budget = 40
	var model []modelEntry // most recently used first
	find := func(k int) int {
		return slices.IndexFunc(model, func(e modelEntry) bool { return e.key == k })
	}
	var gone []int
	c := New(budget, func(k, v int) { gone = append(gone, k) })
	rng := rand.New(rand.NewPCG(1, 2))
	for step := range 5000 {
		k := rng.IntN(30)
		if rng.IntN(2) == 0 {
			v, ok := c.Get(k)
			i := find(k)
			if ok != (i >= 0) || (ok && v != model[i].val) {
				t.Fatalf("step %d: Get(%d) = %d, %v; the model has index %d", step, k, v, ok, i)
			}
			if ok {
				e := model[i]
				model = slices.Insert(slices.Delete(model, i, i+1), 0, e)
			}
		} else {
			e := modelEntry{k, step, 1 + rng.IntN(12)}
			if i := find(k); i >= 0 {
				model = slices.Delete(model, i, i+1)
			}
			model = slices.Insert(model, 0, e)
			var want []int
			for total := costOf(model); total > budget && len(model) > 1; total = costOf(model) {
				want = append(want, model[len(model)-1].key)
				model = model[:len(model)-1]
			}
			gone = gone[:0]
			c.Put(e.key, e.val, e.cost)
			if !slices.Equal(gone, want) {
				t.Fatalf("step %d: Put(%d) evicted %v, want %v", step, k, gone, want)
			}
		}
		var want []int
		for _, e := range model {
			want = append(want, e.key)
		}
		if got := order(t, c); !slices.Equal(got, want) {
			t.Fatalf("step %d: order %v, want %v", step, got, want)
		}
	}
}

type modelEntry struct{ key, val, cost int }

func costOf(es []modelEntry) int {
	total := 0
	for _, e := range es {
		total += e.cost
	}
	return total
}
