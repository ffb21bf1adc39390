package compare

// forest is a union-find over n items, each entry its item's parent: the
// selector groups linked facts per kind with one, the timeline groups
// figure series, and sameEventGroups groups undated reports of one event.
type forest []int32

// newForest returns n items, each its own root.
func newForest(n int) forest {
	f := make(forest, n)
	for i := range f {
		f[i] = int32(i)
	}
	return f
}

// root returns x's root, halving the path on the way.
func (f forest) root(x int32) int32 {
	for f[x] != x {
		f[x] = f[f[x]]
		x = f[x]
	}
	return x
}
