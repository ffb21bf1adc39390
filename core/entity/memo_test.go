package entity

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestKeyMemo(t *testing.T) {
	m := keyMemo{}
	for _, s := range []string{"Bashar al-Assad", "Türkiye", "the Syrian Observatory for Human Rights", "U.S.", "Bashar al-Assad", ""} {
		got := m.of(s)
		if want := Key(s); got.key != want {
			t.Errorf("keyMemo.of(%q).key = %q, want %q", s, got.key, want)
		}
		if want := keyWords(s); !slices.Equal(got.words, want) {
			t.Errorf("keyMemo.of(%q).words = %q, want %q", s, got.words, want)
		}
	}
	if len(m) != 5 {
		t.Errorf("keyMemo holds %d forms, want 5", len(m))
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"idlib", "idelb"},
		{"raqqa", "raqa"},
		{"aleppo", "halab"},
		{"a", ""},
		{"verylongwordwithmorethanthirtytwoletters", "verylongwordwithmorethanthirtytwoletters"},
	}
	for _, tc := range tests {
		want := skeleton(tc.a) == skeleton(tc.b)
		if got := sameSkeleton(tc.a, tc.b); got != want {
			t.Errorf("sameSkeleton(%q, %q) = %v, want %v", tc.a, tc.b, got, want)
		}
	}
	if got := string(appendSkeleton([]byte("x|"), "idlib")); got != "x|idlb" {
		t.Errorf(`appendSkeleton("x|", "idlib") = %q, want "x|idlb"`, got)
	}
}

func TestSortFilings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 10, 300, 5000} {
		filed := make([]filing, n)
		for i := range filed {
			// Few distinct keys, so that ties are common; nodes ascending
			// as spellings files them.
			filed[i] = filing{key: rng.Uint64() % uint64(n/5+1) * 0x0101010101010101, node: i / 3}
			if i%2 == 0 {
				filed[i].key = rng.Uint64()
			}
		}
		want := slices.Clone(filed)
		slices.SortStableFunc(want, func(a, b filing) int { return cmp.Compare(a.key, b.key) })
		if got := sortFilings(filed); !slices.Equal(got, want) {
			t.Errorf("sortFilings of %d filings is not the stable order by key", n)
		}
	}
}
