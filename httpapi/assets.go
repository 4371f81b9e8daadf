package httpapi

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed assets
var assetFS embed.FS

// asset is one embedded file, served under a name that holds its content
// hash ("app.3f2a9c1b.js"), so browsers may cache it for good and still
// never run a stale copy after an upgrade.
type asset struct {
	data        []byte
	contentType string
}

var (
	assets      = map[string]asset{}  // hashed name → asset
	hashedNames = map[string]string{} // plain name → hashed name
	indexTmpl   *template.Template
)

func init() {
	entries, err := fs.ReadDir(assetFS, "assets")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := e.Name()
		if name == "index.html" {
			continue
		}
		b, err := assetFS.ReadFile("assets/" + name)
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(b)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
		assets[hashed] = asset{data: b, contentType: mime.TypeByExtension(ext)}
		hashedNames[name] = hashed
	}
	indexTmpl = template.Must(template.New("index.html").Funcs(template.FuncMap{
		"asset": func(name string) string { return hashedNames[name] },
	}).ParseFS(assetFS, "assets/index.html"))
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
	w.Header().Set("Cache-Control", "no-cache")
	if err := indexTmpl.Execute(w, nil); err != nil {
		s.Logger.Warn("httpapi: index", "err", err)
	}
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	a, ok := assets[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(a.data)
}
