// Command serve serves crosscheck's page on 127.0.0.1:8080: the files
// embedded from web/static, or a directory given with -dir. It is a plain
// static server with the headers the page needs (a strict Content Security
// Policy, application/wasm, precompressed brotli and gzip) and nothing else.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/crosscheck/crosscheck/web"
)

// shutdownGrace is how long requests in flight get to finish after SIGINT
// or SIGTERM.
const shutdownGrace = 5 * time.Second

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// run parses the flags, listens, and serves until a signal arrives.
func run(args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fl.String("dir", "", "serve this directory instead of the embedded page")
	if err := fl.Parse(args); err != nil {
		return err
	}
	fsys := web.Static()
	if *dir != "" {
		st, err := os.Stat(*dir)
		if err != nil {
			return err
		}
		if !st.IsDir() {
			return fmt.Errorf("-dir %s: not a directory", *dir)
		}
		fsys = os.DirFS(*dir)
	}
	if _, err := fs.Stat(fsys, "main.wasm"); err != nil {
		fmt.Fprintln(os.Stderr, "serve: warning: main.wasm is missing; run `make wasm` (the page cannot analyse without it)")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Printf("serving crosscheck on http://%s/\n", ln.Addr())
	err = serve(ctx, ln, newHandler(fsys))
	if err == nil {
		fmt.Println("stopped")
	}
	return err
}

// serve serves h on ln until ctx is done, then shuts down gracefully.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
