package extract

import (
	"encoding/binary"
	"testing"
)

// TestLittleEndian checks the build-tagged constant against the machine.
func TestLittleEndian(t *testing.T) {
	if le := binary.NativeEndian.Uint16([]byte{1, 0}) == 1; le != littleEndian {
		t.Fatalf("littleEndian = %v, the machine says %v", littleEndian, le)
	}
}
