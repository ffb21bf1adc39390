package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runCLI runs the CLI with args and returns its exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    int
		errWant string // substring of stderr
	}{
		{"no arguments", nil, exitUsage, "Usage"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", []string{"analyze", "--bogus", "testdata/harbour-day1.txt"}, exitUsage, "bogus"},
		{"two formats", []string{"analyze", "--json", "--md", "testdata/harbour-day1.txt"}, exitUsage, "choose one"},
		{"analyze without files", []string{"analyze", "--json"}, exitUsage, "no FILE"},
		{"clean two files", []string{"clean", "testdata/harbour-day1.txt", "testdata/blank.txt"}, exitUsage, "want one FILE"},
		{"bad favor", []string{"clean", "--favor", "lots", "testdata/harbour-day1.txt"}, exitUsage, "--favor"},
		{"missing file", []string{"analyze", "testdata/nope.txt"}, exitInput, "testdata/nope.txt: no such file"},
		{"empty file", []string{"clean", "testdata/empty.txt"}, exitInput, "testdata/empty.txt: the file is empty"},
		{"blank file", []string{"analyze", "testdata/blank.txt"}, exitInput, "the file is empty"},
		{"binary file", []string{"analyze", "testdata/picture.txt"}, exitInput, "testdata/picture.txt: looks like a binary file"},
		{"directory", []string{"clean", "testdata"}, exitInput, "is a directory"},
		{"missing meta", []string{"analyze", "--meta", "testdata/nope.json", "testdata/harbour-day1.txt"}, exitInput, "--meta testdata/nope.json"},
		{"meta not JSON", []string{"analyze", "--meta", "testdata/harbour-day1.txt", "testdata/harbour-day1.txt"}, exitInput, "not a JSON object"},
		{"invalid UTF-8 is repaired", []string{"clean", "testdata/invalid-utf8.txt"}, exitOK, "invalid UTF-8 replaced"},
		{"help", []string{"--help"}, exitOK, ""},
		{"analyze help", []string{"analyze", "--help"}, exitOK, ""},
		{"clean help", []string{"clean", "-h"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("run(%q) = %d, want %d (stderr %q)", tt.args, code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.errWant) {
				t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, stderr, tt.errWant)
			}
			if tt.code != exitOK && tt.errWant != "Usage" && strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
				t.Errorf("run(%q) error is not one line: %q", tt.args, stderr)
			}
		})
	}
}

func TestHelpPrintsUsage(t *testing.T) {
	for _, cmd := range []string{"analyze", "clean"} {
		code, out, _ := runCLI(t, "", cmd, "--help")
		if code != exitOK || !strings.Contains(out, "Usage: crosscheck "+cmd) {
			t.Errorf("%s --help = %d, %q; want usage on stdout", cmd, code, out)
		}
	}
}

func TestAnalyzeJSONContract(t *testing.T) {
	code, out, stderr := runCLI(t, "", "analyze", "--json", "--meta", "testdata/meta.json", "testdata/harbour-day1.txt", "testdata/harbour-day3.html")
	if code != exitOK {
		t.Fatalf("analyze = %d, stderr %q", code, stderr)
	}
	var rep struct {
		Articles []struct {
			ID, Name, Title, Date, Source string
			Lines                         []struct {
				N    int    `json:"n"`
				Role string `json:"role"`
			}
			Claims []struct {
				ID, Text, Kind string
				Line           int
			}
		}
		Entities  []struct{ ID, Name, Kind string }
		Relations []struct {
			Kind        string
			Claims      []string
			Explanation string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	if len(rep.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(rep.Articles))
	}
	a := rep.Articles[0]
	if a.Name != "harbour-day1.txt" || a.Date != "2031-05-05" || a.Source != "Coastline Wire" || a.ID == "" {
		t.Errorf("article 1 = %q %q %q id %q; want name, date and source from --meta and an id", a.Name, a.Date, a.Source, a.ID)
	}
	// every non-blank line of the plain-text input is listed once, in order
	wantLines := []int{1, 2, 4, 6, 8, 10, 12, 13}
	if len(a.Lines) != len(wantLines) {
		t.Fatalf("article 1 has %d lines, want %d", len(a.Lines), len(wantLines))
	}
	for i, l := range a.Lines {
		if l.N != wantLines[i] || l.Role == "" {
			t.Errorf("line %d = {n %d, role %q}, want n %d with a role", i, l.N, l.Role, wantLines[i])
		}
	}
	found := false
	for _, c := range a.Claims {
		if strings.Contains(c.Text, "has killed at least nine workers") && c.Line == 8 && c.ID != "" && c.Kind != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("article 1 claims %+v: want the toll sentence from line 8", a.Claims)
	}
	for _, c := range rep.Articles[1].Claims {
		if strings.Contains(c.Text, "pwned") {
			t.Errorf("script text became a claim: %q", c.Text)
		}
	}
}

func TestAnalyzeFormats(t *testing.T) {
	tests := []struct {
		name string
		flag string
		want string
	}{
		{"text", "--text", "Article 1 (harbour-day1.txt)"},
		{"default is text", "", "Article 1 (harbour-day1.txt)"},
		{"markdown", "--md", "# crosscheck report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"analyze"}
			if tt.flag != "" {
				args = append(args, tt.flag)
			}
			code, out, stderr := runCLI(t, "", append(args, "testdata/harbour-day1.txt")...)
			if code != exitOK || !strings.Contains(out, tt.want) {
				t.Errorf("analyze %s = %d, %q (stderr %q); want %q", tt.flag, code, out, stderr, tt.want)
			}
		})
	}
}

func TestReadsStdin(t *testing.T) {
	page := "A quiet day\n\nThe council approved a budget of 40 million on Friday, the mayor said.\n"
	code, out, stderr := runCLI(t, page, "clean", "-")
	if code != exitOK || !strings.Contains(out, "The council approved a budget") {
		t.Errorf("clean - = %d, %q (stderr %q)", code, out, stderr)
	}
}

func TestCleanDropsScriptsFromHTML(t *testing.T) {
	code, out, _ := runCLI(t, "", "clean", "testdata/harbour-day3.html")
	if code != exitOK {
		t.Fatalf("clean = %d", code)
	}
	if strings.Contains(out, "pwned") || !strings.Contains(out, "has risen to 14") {
		t.Errorf("clean html = %q; want the body without the script", out)
	}
}
