"""The per-process store behind fragments, officer screens and dashboard months."""

from infopoint.lru import BoundedLRU


def test_the_least_recently_used_leave_first_by_count_and_by_size():
    store = BoundedLRU(3, 10)
    for key in "abc":
        store.put(key, key.upper(), 2)
    assert store.get("a") == "A"  # now the most recently used
    store.put("d", "D", 2)
    assert store.get("b") is None
    assert [store.get(key) for key in "acd"] == ["A", "C", "D"]
    store.put("e", "E", 7)  # 2 + 2 + 2 + 7 > 10: the oldest go until it fits
    assert list(store.entries) == ["d", "e"]
    assert store.size == 9


def test_replacing_and_clearing_keep_the_size_right():
    store = BoundedLRU(10, 100)
    store.put("a", 1, 40)
    store.put("a", 2, 10)
    store.put("b", 3, 5)
    assert (store.get("a"), store.size) == (2, 15)
    store.clear()
    assert (store.get("a"), store.size) == (None, 0)
