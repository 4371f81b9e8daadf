//go:build 386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm

package extract

// littleEndian says the machine loads bytes in pack8's order. It is a
// constant, not a test of the machine at start-up, so that the
// tokenizer's one-load fast paths cost no test per token.
const littleEndian = true
