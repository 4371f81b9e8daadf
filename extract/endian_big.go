//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package extract

// littleEndian is false on the machines that load bytes the other way
// round, and on any this list does not know: the tokenizer then takes
// its byte-by-byte paths, which give the same tokens.
const littleEndian = false
