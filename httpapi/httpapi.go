// Package httpapi serves the ledger, the estimates and the assessments
// over HTTP: a JSON API under /api/v1 and a dashboard at /. Every JSON
// answer has one shape, {"data": …} or {"error": {"code", "message"}},
// and application error codes map to HTTP status codes in one table.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/attrition-project/attrition"
)

// Server holds what the handlers read through. It reads claims through
// the narrow finder interface only, so any store serves.
type Server struct {
	Claims    attrition.ClaimFinder
	Estimator attrition.Estimator
	Logger    *slog.Logger
	// Seed makes estimates, and so charts and reports, repeatable.
	Seed uint64

	mux *http.ServeMux
}

// New returns a server over a ledger and an estimator.
func New(claims attrition.ClaimFinder, est attrition.Estimator) *Server {
	s := &Server{Claims: claims, Estimator: est, Logger: slog.Default(), Seed: 1}
	s.mux = http.NewServeMux()
	s.routes()
	return s
}

// routes is the one list of what the server answers.
func (s *Server) routes() {
	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	s.mux.HandleFunc("GET /static/{name}", s.handleStatic)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("GET /api/v1/claims", s.handleClaims)
	s.mux.HandleFunc("GET /api/v1/series", s.handleSeries)
	s.mux.HandleFunc("GET /api/v1/estimate", s.handleEstimate)
	s.mux.HandleFunc("GET /api/v1/charts/{kind}", s.handleChart)
	s.mux.HandleFunc("GET /api/v1/report", s.handleReport)
	s.mux.HandleFunc("/api/", s.handleNotFound)
}

// ServeHTTP makes the server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// statusCodes maps application error codes to HTTP status codes.
var statusCodes = map[string]int{
	attrition.EINVALID:        http.StatusBadRequest,
	attrition.ENOTFOUND:       http.StatusNotFound,
	attrition.ECONFLICT:       http.StatusConflict,
	attrition.ENOTIMPLEMENTED: http.StatusNotImplemented,
	attrition.EINTERNAL:       http.StatusInternalServerError,
}

// ErrorStatusCode returns the HTTP status of an application error code.
func ErrorStatusCode(code string) int {
	if s, ok := statusCodes[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type envelope struct {
	Data  any        `json:"data,omitempty"`
	Error *errorBody `json:"error,omitempty"`
}

func (s *Server) writeJSON(w http.ResponseWriter, status int, v envelope) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		s.Logger.Warn("httpapi: write response", "err", err)
	}
}

func (s *Server) writeData(w http.ResponseWriter, data any) {
	s.writeJSON(w, http.StatusOK, envelope{Data: data})
}

// writeError answers with the error's code; internal errors are logged
// and shown without their detail, which may name paths or servers.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := attrition.ErrorCode(err)
	msg := attrition.ErrorMessage(err)
	if code == attrition.EINTERNAL {
		s.Logger.Error("httpapi: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	if errors.Is(err, context.Canceled) {
		return
	}
	s.writeJSON(w, ErrorStatusCode(code), envelope{Error: &errorBody{Code: code, Message: msg}})
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, attrition.Errorf(attrition.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	s.writeData(w, map[string]string{"status": "ok"})
}

// ListenAndServe serves on addr until ctx ends, then shuts down
// gracefully. ready, when set, is called with the bound address (useful
// with port 0).
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(addr string)) error {
	srv := &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 10 * time.Second}
	ln, err := listen(addr)
	if err != nil {
		return attrition.Errorf(attrition.EINVALID, "serve: listen on %s: %v", addr, err)
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}
