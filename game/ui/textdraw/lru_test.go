package textdraw

import "testing"

func TestLRUEvictsTheLeastRecentlyUsed(t *testing.T) {
	c := newLRU[string, int](3)
	c.put("a", 1, 1)
	c.put("b", 2, 1)
	c.put("c", 3, 1)
	if v, ok := c.get("a"); !ok || v != 1 {
		t.Fatalf("a = %v, %v", v, ok)
	}
	c.put("d", 4, 1) // b is now the least recently used
	if _, ok := c.get("b"); ok {
		t.Error("b should have been evicted")
	}
	for _, k := range []string{"a", "c", "d"} {
		if _, ok := c.get(k); !ok {
			t.Errorf("%s was evicted", k)
		}
	}
	if c.len() != 3 || c.cost != 3 {
		t.Errorf("len %d cost %d, want 3 and 3", c.len(), c.cost)
	}
}

func TestLRUBoundsTheTotalCost(t *testing.T) {
	c := newLRU[int, string](100)
	for i := range 50 {
		c.put(i, "x", 30)
		if c.cost > 100 {
			t.Fatalf("cost %d over the budget after %d puts", c.cost, i+1)
		}
	}
	if c.len() != 3 {
		t.Errorf("holds %d entries of cost 30 in a budget of 100, want 3", c.len())
	}
	// Replacing an entry updates its cost rather than adding to it.
	c.put(49, "y", 10)
	if v, _ := c.get(49); v != "y" || c.cost != 70 {
		t.Errorf("after replacing: %q, cost %d", v, c.cost)
	}
	// One entry over the whole budget is still kept: the line just drawn must be there.
	c.put(-1, "huge", 1000)
	if _, ok := c.get(-1); !ok || c.len() != 1 {
		t.Errorf("an oversized entry: kept %v, len %d", ok, c.len())
	}
}
