#!/usr/bin/env python3
"""make-tiny-pe.py <out.exe>: writes a minimal valid PE32+ (x86-64) console
program whose entry point returns 0. The signing-kit test Authenticode-signs
it with osslsigncode; no MinGW toolchain is needed. Layout: headers in the
first 0x200 bytes, one .text section (xor eax,eax; ret) in the next 0x200."""
import struct
import sys

FILE_ALIGN = 0x200
SECT_ALIGN = 0x1000
IMAGE_BASE = 0x140000000

code = bytes([0x31, 0xC0, 0xC3])  # xor eax, eax ; ret

dos = bytearray(0x80)
dos[0:2] = b"MZ"
struct.pack_into("<I", dos, 0x3C, 0x80)  # e_lfanew

coff = struct.pack("<HHIIIHH",
                   0x8664,      # Machine: AMD64
                   1,           # NumberOfSections
                   0,           # TimeDateStamp (0: reproducible)
                   0, 0,        # symbol table
                   240,         # SizeOfOptionalHeader (PE32+)
                   0x0022)      # EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE

opt = struct.pack("<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
                  0x20B, 14, 0,             # Magic PE32+, linker version
                  FILE_ALIGN, 0, 0,         # SizeOfCode, init, uninit data
                  SECT_ALIGN, SECT_ALIGN,   # AddressOfEntryPoint, BaseOfCode
                  IMAGE_BASE, SECT_ALIGN, FILE_ALIGN,
                  6, 0, 0, 0, 6, 0,         # OS, image, subsystem versions
                  0,                        # Win32VersionValue
                  2 * SECT_ALIGN,           # SizeOfImage
                  FILE_ALIGN,               # SizeOfHeaders
                  0,                        # CheckSum (osslsigncode sets it)
                  3,                        # Subsystem: console
                  0x8160,                   # DYNAMIC_BASE|NX_COMPAT|HIGH_ENTROPY_VA|TS_AWARE
                  0x100000, 0x1000, 0x100000, 0x1000,
                  0, 16)                    # LoaderFlags, NumberOfRvaAndSizes
opt += bytes(16 * 8)                        # data directories, all empty
assert len(opt) == 240, len(opt)

section = struct.pack("<8sIIIIIIHHI",
                      b".text", len(code), SECT_ALIGN, FILE_ALIGN, FILE_ALIGN,
                      0, 0, 0, 0, 0x60000020)  # CODE | EXECUTE | READ

headers = bytes(dos) + b"PE\0\0" + coff + opt + section
image = headers.ljust(FILE_ALIGN, b"\0") + code.ljust(FILE_ALIGN, b"\0")
with open(sys.argv[1], "wb") as f:
    f.write(image)
