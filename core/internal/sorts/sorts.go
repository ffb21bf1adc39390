// Package sorts sorts and searches slices with the non-generic code of
// package sort behind the signatures of package slices.
//
// Why: every element type given to slices.SortFunc gets its own copy of
// pdqsort, insertion sort, heap sort and their helpers, about 20 KiB of
// wasm each; the core sorted a dozen types and slices was a sixth of the
// code. These wrappers instantiate only a closure; the sort itself is
// sort.Slice's, which is generated from the same template as slices', so
// the order, ties included, is the same (sorts_test.go checks it).
package sorts

import "sort"

// SortFunc sorts x as slices.SortFunc(x, cmp) does.
func SortFunc[T any](x []T, cmp func(a, b T) int) {
	sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// SortStableFunc sorts x as slices.SortStableFunc(x, cmp) does.
func SortStableFunc[T any](x []T, cmp func(a, b T) int) {
	sort.SliceStable(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// BinarySearchFunc is slices.BinarySearchFunc(x, target, cmp).
func BinarySearchFunc[T, K any](x []T, target K, cmp func(T, K) int) (int, bool) {
	i := sort.Search(len(x), func(i int) bool { return cmp(x[i], target) >= 0 })
	return i, i < len(x) && cmp(x[i], target) == 0
}
